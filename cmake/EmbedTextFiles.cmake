# vpcsynth_embed_text_files(<name> DIR <dir> PATTERN <glob> NAME_REGEX <regex> [STRIP_EXTENSION]
#                           INCLUDE <header> NAMESPACE <ns> ENTRY_TYPE <struct> FUNCTION <fn>)
# Compiles every file of DIR matching PATTERN into the vpcsynth library through a source generated
# at build time by embed_text_files.cmake (see there for the generated code). The glob is
# re-checked at every build, so an added file is picked up without re-running CMake by hand.
set(VPCSYNTH_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_text_files.cmake)

function(vpcsynth_embed_text_files name)
  set(values DIR PATTERN NAME_REGEX INCLUDE NAMESPACE ENTRY_TYPE FUNCTION)
  cmake_parse_arguments(ARG "STRIP_EXTENSION" "${values}" "" ${ARGN})
  file(GLOB inputs CONFIGURE_DEPENDS ${ARG_DIR}/${ARG_PATTERN})
  # A removed file leaves every remaining dependency older than the output: the list of files,
  # rewritten only when it changes, is a dependency too, so a removal also regenerates.
  list(SORT inputs)
  string(REPLACE ";" "\n" input_list "${inputs}")
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/${name}_files.txt)
  file(CONFIGURE OUTPUT ${list_file} CONTENT "${input_list}\n" @ONLY)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${name}_embedded.cc)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DDIR=${ARG_DIR} -DPATTERN=${ARG_PATTERN}
            -DNAME_REGEX=${ARG_NAME_REGEX}
            -DSTRIP_EXTENSION=${ARG_STRIP_EXTENSION} -DINCLUDE=${ARG_INCLUDE}
            -DNAMESPACE=${ARG_NAMESPACE} -DENTRY_TYPE=${ARG_ENTRY_TYPE} -DFUNCTION=${ARG_FUNCTION}
            -DOUTPUT=${output} -P ${VPCSYNTH_EMBED_SCRIPT}
    DEPENDS ${inputs} ${list_file} ${VPCSYNTH_EMBED_SCRIPT}
    COMMENT "Embedding ${ARG_DIR}/${ARG_PATTERN}"
    VERBATIM)
  # The command's rule lives with a target of the calling directory; the library, defined
  # elsewhere, compiles its output.
  add_custom_target(vpcsynth_${name} DEPENDS ${output})
  add_dependencies(vpcsynth vpcsynth_${name})
  target_sources(vpcsynth PRIVATE ${output})
endfunction()
