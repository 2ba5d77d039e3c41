#include "yaml/reader.h"

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <new>
#include <optional>
#include <streambuf>

#include "yaml/common_yaml.h"
#include "yaml/document_builder.h"
#include "yaml/function_forms.h"
#include "yaml/long_flow_keys.h"
#include "yaml/utf8.h"

namespace vpcsynth {
namespace {

// Lets yaml-cpp read the caller's buffer in place, without the copy an istringstream makes.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

Position positionOfOffset(std::string_view text, std::size_t offset, const std::string* file) {
  std::uint32_t line = 1;
  std::size_t lineStart = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      lineStart = i + 1;
    }
  }
  return Position{file, line, static_cast<std::uint32_t>(offset - lineStart + 1)};
}

std::size_t offsetOf(std::string_view text, const Position& position) {
  std::size_t offset = 0;
  for (std::uint32_t line = 1; line < position.line; ++line) {
    offset = text.find('\n', offset);
    if (offset == std::string_view::npos) return text.size();
    ++offset;
  }
  return std::min(text.size(), offset + position.column - 1);
}

// yaml-cpp 0.7 accepts a quoted scalar left open at the end of the input. Such a scalar is the
// last one read, so checking that one for its closing quote is enough.
bool quoteIsClosed(std::string_view text, std::size_t open) {
  if (open >= text.size()) return true;
  const char quote = text[open];
  if (quote != '"' && quote != '\'') return true;
  return endOfQuotedScalar(text, open) != std::string_view::npos;
}

Diagnostic errorAt(std::string_view rule, std::string message, Position position) {
  return Diagnostic{Severity::Error, std::string(rule), std::move(message), position};
}

// Reads `text` with yaml-cpp into a new `builder`; true when reading stopped before the end or
// ended in an error (the builder holds its diagnostic).
bool readWithYamlCpp(std::string_view text, const std::string* file, const ReadLimits& limits,
                     std::optional<DocumentBuilder>& builder) {
  std::vector<InsertedIndicator> inserted;
  const std::string withExplicitKeys = explicitLongFlowKeys(text, inserted);
  MemoryBuffer buffer(inserted.empty() ? text : std::string_view(withExplicitKeys));
  std::istream stream(&buffer);
  builder.emplace(file, limits.maxDepth, std::move(inserted));
  try {
    YAML::Parser parser(stream);
    if (parser.HandleNextDocument(*builder)) {
      parser.HandleNextDocument(*builder);
    }
    if (const auto& quoted = builder->lastQuotedScalar();
        quoted && !quoteIsClosed(text, offsetOf(text, *quoted))) {
      builder->report(reader_rule::kSyntax, "quoted string is not closed before the end of input",
                      *quoted);
      return true;
    }
    return false;
  } catch (const StopReading&) {
  } catch (const YAML::Exception& error) {
    builder->report(reader_rule::kSyntax, error.msg, builder->positionOf(error.mark));
  } catch (const std::bad_alloc&) {
    builder->report(reader_rule::kUnreadable, "out of memory while reading the input",
                    Position{file, 1, 1});
  } catch (const std::exception& error) {
    builder->report(reader_rule::kSyntax, error.what(), Position{file, 1, 1});
  }
  return true;
}

}  // namespace

ReadResult readDocument(std::string_view text, std::string_view fileName,
                        const ReadLimits& limits) {
  const std::string* file = internFileName(fileName);
  ReadResult result;
  if (text.size() > limits.maxBytes) {
    result.diagnostics.push_back(errorAt(
        reader_rule::kTooLarge,
        fmt::format("input is {} bytes, more than the {} accepted", text.size(), limits.maxBytes),
        Position{file, 1, 1}));
    return result;
  }
  if (std::size_t bad = findInvalidUtf8(text); bad != std::string_view::npos) {
    result.diagnostics.push_back(
        errorAt(reader_rule::kInvalidText,
                fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(text[bad])),
                positionOfOffset(text, bad, file)));
    return result;
  }
  if (std::size_t bad = findForbiddenControl(text); bad != std::string_view::npos) {
    result.diagnostics.push_back(errorAt(
        reader_rule::kInvalidText,
        fmt::format("control character 0x{:02X} is not allowed in a template (write it escaped in "
                    "a double-quoted string)",
                    static_cast<unsigned char>(text[bad])),
        positionOfOffset(text, bad, file)));
    return result;
  }
  // Older templates sometimes begin with a byte order mark; yaml-cpp reads it as text.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);

  // Templates keep to a small part of YAML that our own parser reads several times faster than
  // yaml-cpp. Anything else, and every error, is read again by yaml-cpp, which words it; our
  // parser accepts only closed quotes, so the check for yaml-cpp's open ones is on its path.
  std::optional<DocumentBuilder> builder(std::in_place, file, limits.maxDepth);
  bool stopped = false;
  try {
    if (!parseCommonYaml(text, *builder)) builder.reset();
  } catch (const StopReading&) {
    builder.reset();
  } catch (const std::bad_alloc&) {
    builder.reset();
  }
  if (!builder) stopped = readWithYamlCpp(text, file, limits, builder);
  result.diagnostics = std::move(builder->diagnostics());
  if (stopped) return result;
  result.document = builder->takeDocument();
  if (result.document) normalizeConditionsSection(*result.document);
  if (!result.document) {
    result.diagnostics.push_back(
        errorAt(reader_rule::kNotATemplate, "the input is empty", Position{file, 1, 1}));
  }
  return result;
}

ReadResult readTemplate(std::string_view text, std::string_view fileName,
                        const ReadLimits& limits) {
  ReadResult result = readDocument(text, fileName, limits);
  if (!result.document) return result;
  const Value& root = *result.document;
  Position at =
      root.position().known() ? root.position() : Position{internFileName(fileName), 1, 1};
  if (!root.isMapping()) {
    result.diagnostics.push_back(
        errorAt(reader_rule::kNotATemplate,
                fmt::format("not a CloudFormation template: the document is {}, not a mapping",
                            describeKind(root)),
                at));
  } else if (const Value* resources = root.find("Resources"); !resources) {
    result.diagnostics.push_back(
        errorAt(reader_rule::kNotATemplate,
                "not a CloudFormation template: there is no 'Resources' section", at));
  } else if (!resources->isMapping()) {
    result.diagnostics.push_back(errorAt(
        reader_rule::kNotATemplate, "'Resources' must be a mapping of logical IDs to resources",
        resources->position()));
  }
  return result;
}

}  // namespace vpcsynth
