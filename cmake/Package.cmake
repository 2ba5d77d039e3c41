# The Debian package, made by CPack from the install rules of cmake/StaticBinary.cmake:
# vpcsynth_<version>_<arch>.deb with the static binary (so no Depends), the man page, the
# completions, the documentation and the licence (as /usr/share/doc/vpcsynth/copyright).
# Debian wants "Name <email>"; set it when publishing a package.
set(VPCSYNTH_PACKAGE_MAINTAINER "vpcsynth developers" CACHE STRING
    "The Debian package's Maintainer field")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vpcsynth)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "synthesize, lint and diff CloudFormation templates")
set(CPACK_PACKAGE_DESCRIPTION
    "vpcsynth writes AWS CloudFormation for the Lambda Connections pattern (Redshift and Lambda in
private subnets) in three variants, and lints, diffs, formats and draws any CloudFormation
template. One static binary, with bash, zsh and fish completions and a man page.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # vpcsynth_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${VPCSYNTH_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${VPCSYNTH_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_DEPENDS "")  # the binary is static
set(CPACK_STRIP_FILES OFF)            # stripped already, by the release step
include(CPack)
