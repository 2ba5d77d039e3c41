#pragma once

// The scalars and tags of the common YAML subset (common_yaml.h), read the way yaml-cpp 0.7 reads
// them. Each reader leaves the subset (`leaveSubset`) where yaml-cpp might read otherwise.

#include <cstddef>
#include <string>
#include <string_view>

#include "yaml/common_yaml_cursor.h"

namespace vpcsynth::common_yaml {

enum class PlainStop {
  LineBreak,      // the end of the line (or of the text)
  Comment,        // " #"
  Colon,          // ": ", or in a flow collection also ":," ":]" ":}"
  FlowIndicator,  // , [ ] { } in a flow collection
};

struct PlainExtent {
  std::size_t end;   // after the last character of the value (trailing spaces excluded)
  std::size_t stop;  // where the scalar stopped
  PlainStop reason;
};

/// Whether a plain scalar may start at the cursor.
bool plainCanStart(const Cursor& cursor, bool inFlow);
/// The extent of the single-line plain scalar at the cursor, without moving it.
PlainExtent scanPlain(const Cursor& cursor, bool inFlow);

/// yaml-cpp's null spellings of a plain scalar.
bool isNullString(std::string_view text);

/// Where the quoted scalar opening at `open` closes (the offset after its quote), or npos when
/// it does not close on its line.
std::size_t closingOfQuotedOnLine(std::string_view text, std::size_t open);
/// Reads the single-line single- or double-quoted scalar at the cursor; the cursor ends after
/// the closing quote.
std::string readQuoted(Cursor& cursor);

/// Reads the block scalar whose indicator is at the cursor, in a block collection indented by
/// `parentIndent`: literal (`|`, `|-`, `|+`), or folded (`>`, `>-`) when all its lines have one
/// indentation. The cursor ends at the start of the first line after the scalar.
std::string readBlockScalar(Cursor& cursor, int parentIndent);

/// Reads a local tag such as `!Ref` or `!Rain::Embed` at the cursor, followed by a space or a line
/// break, into yaml-cpp's form of it ("!Ref").
std::string readTag(Cursor& cursor);

}  // namespace vpcsynth::common_yaml
