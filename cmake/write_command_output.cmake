# Runs COMMAND (a list) and writes its standard output to OUTPUT; fails when the command does.
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND ${COMMAND} OUTPUT_FILE "${OUTPUT}.tmp" COMMAND_ERROR_IS_FATAL ANY)
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
