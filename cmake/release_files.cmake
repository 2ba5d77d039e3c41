# Copies BINARY to DIR/NAME stripped (with STRIP) and writes DIR/SHA256SUMS for it, in the
# format `sha256sum -c` reads.
file(MAKE_DIRECTORY "${DIR}")
execute_process(COMMAND "${STRIP}" -o "${DIR}/${NAME}" "${BINARY}" COMMAND_ERROR_IS_FATAL ANY)
file(SHA256 "${DIR}/${NAME}" digest)
file(WRITE "${DIR}/SHA256SUMS" "${digest}  ${NAME}\n")
