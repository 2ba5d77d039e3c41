#pragma once

#include <yaml-cpp/eventhandler.h>

#include <string_view>

namespace vpcsynth {

/// Parses `text` when it keeps to the part of YAML that templates are written in, and delivers
/// to `handler` exactly the events, marks included, that yaml-cpp 0.7's parser would. The part:
/// block mappings and sequences indented with spaces; single-line plain, single- and
/// double-quoted scalars (JSON's escapes); literal block scalars (`|`, `|-`, `|+`); local tags
/// such as `!Ref`; flow (JSON) collections; comments. Returns false as soon as the text leaves
/// that part or is not valid YAML; the handler may then have seen some events, and the caller
/// parses again with yaml-cpp, which reads the rest of YAML and words every error.
///
/// Why: yaml-cpp matches each character against general regular expressions (5-6 MiB/s for
/// its bare event parse here), and `graph` of a 2,000-resource template spent nine tenths of its
/// time in it. This parser and the document builder together read templates into the model
/// about five times faster than yaml-cpp's events alone (tests/bench/read_write.py).
/// tests/unit/common_yaml_test.cc and the common_yaml fuzzer hold the two parsers to the same
/// events.
bool parseCommonYaml(std::string_view text, YAML::EventHandler& handler);

}  // namespace vpcsynth
