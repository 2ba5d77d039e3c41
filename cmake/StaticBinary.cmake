# vpcsynth-static: the objects of `vpcsynth` linked again with -static (glibc, libstdc++,
# libgcc, yaml-cpp and zlib from their Debian archives; fmt's few compiled functions from
# cli/fmt_static.cc, as Debian has no libfmt.a). Linking costs seconds, not a compile, so every
# Release-like build tree has it, and the release files and the Debian package are made from it.
# Included from cli/CMakeLists.txt; sets VPCSYNTH_STATIC_BINARY when the target exists.
set(VPCSYNTH_STATIC_BINARY OFF CACHE INTERNAL "")
if(VPCSYNTH_SANITIZE OR VPCSYNTH_FUZZ)
  return()  # the sanitizer runtimes do not link statically
endif()
find_library(VPCSYNTH_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a)
find_library(VPCSYNTH_ZLIB_ARCHIVE NAMES libz.a)
if(NOT VPCSYNTH_YAML_CPP_ARCHIVE OR NOT VPCSYNTH_ZLIB_ARCHIVE)
  message(STATUS "libyaml-cpp.a or libz.a not found: no static binary, release files or package")
  return()
endif()
set(VPCSYNTH_STATIC_BINARY ON CACHE INTERNAL "")

add_executable(vpcsynth_static $<TARGET_OBJECTS:vpcsynth_cli_objects> linkage.cc fmt_static.cc)
set_target_properties(vpcsynth_static PROPERTIES OUTPUT_NAME vpcsynth-static)
target_compile_definitions(vpcsynth_static PRIVATE VPCSYNTH_LINKAGE="static")
target_include_directories(vpcsynth_static PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_options(vpcsynth_static PRIVATE -static)
# The library's archive by path, not the target: the target would bring the shared fmt and
# yaml-cpp along.
target_link_libraries(vpcsynth_static PRIVATE $<TARGET_FILE:vpcsynth> ${VPCSYNTH_YAML_CPP_ARCHIVE}
                      ${VPCSYNTH_ZLIB_ARCHIVE})
add_dependencies(vpcsynth_static vpcsynth)

# The release files: build/<preset>/release/vpcsynth-<version>-linux-<arch> (stripped) and
# SHA256SUMS.
set(VPCSYNTH_RELEASE_DIR ${PROJECT_BINARY_DIR}/release CACHE INTERNAL "")
set(VPCSYNTH_RELEASE_NAME vpcsynth-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR} CACHE INTERNAL "")
add_custom_command(
  OUTPUT ${VPCSYNTH_RELEASE_DIR}/${VPCSYNTH_RELEASE_NAME} ${VPCSYNTH_RELEASE_DIR}/SHA256SUMS
  COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:vpcsynth_static> -DSTRIP=${CMAKE_STRIP}
          -DDIR=${VPCSYNTH_RELEASE_DIR} -DNAME=${VPCSYNTH_RELEASE_NAME}
          -P ${PROJECT_SOURCE_DIR}/cmake/release_files.cmake
  DEPENDS vpcsynth_static ${PROJECT_SOURCE_DIR}/cmake/release_files.cmake
  COMMENT "Writing ${VPCSYNTH_RELEASE_NAME} and SHA256SUMS"
  VERBATIM)
add_custom_target(vpcsynth_release ALL
                  DEPENDS ${VPCSYNTH_RELEASE_DIR}/${VPCSYNTH_RELEASE_NAME} ${VPCSYNTH_RELEASE_DIR}/SHA256SUMS)

# What the package ships besides the binary, written by the dynamic binary (same objects).
set(share ${PROJECT_BINARY_DIR}/share)
set(output_script ${PROJECT_SOURCE_DIR}/cmake/write_command_output.cmake)
foreach(shell_file IN ITEMS "bash;vpcsynth" "zsh;_vpcsynth" "fish;vpcsynth.fish")
  list(GET shell_file 0 shell)
  list(GET shell_file 1 file)
  add_custom_command(
    OUTPUT ${share}/completion/${shell}/${file}
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:vpcsynth_cli>;completion;${shell}"
            -DOUTPUT=${share}/completion/${shell}/${file} -P ${output_script}
    DEPENDS vpcsynth_cli ${output_script}
    VERBATIM)
  list(APPEND shipped ${share}/completion/${shell}/${file})
endforeach()
add_custom_command(
  OUTPUT ${share}/vpcsynth.1.gz
  COMMAND ${CMAKE_COMMAND} "-DCOMMAND=gzip;-9nc;${VPCSYNTH_MAN_PAGE}" -DOUTPUT=${share}/vpcsynth.1.gz
          -P ${output_script}
  DEPENDS ${VPCSYNTH_MAN_PAGE} ${output_script}
  VERBATIM)
add_custom_target(vpcsynth_shipped_files ALL DEPENDS ${shipped} ${share}/vpcsynth.1.gz)

# The install tree (what the Debian package holds), in the places Debian uses.
install(PROGRAMS ${VPCSYNTH_RELEASE_DIR}/${VPCSYNTH_RELEASE_NAME} DESTINATION bin RENAME vpcsynth)
install(FILES ${share}/vpcsynth.1.gz DESTINATION share/man/man1)
install(FILES ${share}/completion/bash/vpcsynth DESTINATION share/bash-completion/completions)
install(FILES ${share}/completion/zsh/_vpcsynth DESTINATION share/zsh/vendor-completions)
install(FILES ${share}/completion/fish/vpcsynth.fish DESTINATION share/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION share/doc/vpcsynth RENAME copyright)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION share/doc/vpcsynth)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION share/doc/vpcsynth/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.txt" PATTERN "*.svg" PATTERN "*.png" PATTERN "man" EXCLUDE)
