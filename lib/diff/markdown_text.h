#pragma once

#include <string>
#include <string_view>

#include "diff/template_diff.h"

namespace vpcsynth {

// Pieces of the Markdown report that more than one of its sections writes.

/// `text` made safe inside one cell of a Markdown table: `|` escaped, and each line break
/// (`\n`, `\r\n`, `\r`) written `<br>`, so that the row stays one line of the table.
std::string markdownCell(std::string_view text);

/// The marker of a table row: "[+]" added, "[-]" removed, "[~]" modified.
std::string_view markdownMarker(ChangeKind kind);

}  // namespace vpcsynth
