#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "diagnostic.h"
#include "model/value.h"

namespace vpcsynth {

/// Rule IDs of the problems the reader reports; `docs/reader.md` describes each.
namespace reader_rule {
inline constexpr std::string_view kSyntax = "T0001";
inline constexpr std::string_view kDuplicateKey = "T0002";
inline constexpr std::string_view kAnchorOrAlias = "T0003";
inline constexpr std::string_view kTooDeep = "T0004";
inline constexpr std::string_view kInvalidText = "T0005";
inline constexpr std::string_view kManyDocuments = "T0006";
inline constexpr std::string_view kNotATemplate = "T0007";
inline constexpr std::string_view kTooLarge = "T0008";
inline constexpr std::string_view kUnsupportedTag = "T0009";
inline constexpr std::string_view kUnreadable = "T0010";
}  // namespace reader_rule

struct ReadLimits {
  /// Deepest nesting of mappings, sequences and functions accepted. CloudFormation templates
  /// rarely pass 20; the limit keeps hostile input from exhausting the stack.
  std::size_t maxDepth = 128;
  /// Largest input accepted, in bytes (CloudFormation itself takes at most 1 MB).
  std::size_t maxBytes = 64u << 20;
};

struct ReadResult {
  /// Present when the text parsed, even if the diagnostics hold errors (a duplicate key, say).
  std::optional<Value> document;
  Diagnostics diagnostics;

  bool ok() const { return document.has_value() && !hasErrors(diagnostics); }
};

/// Reads one YAML or JSON document from `text` into the document model. Short and long forms of
/// the intrinsic functions become the same `FunctionCall`. Never throws for bad input: every
/// problem becomes a diagnostic positioned in `fileName`.
ReadResult readDocument(std::string_view text, std::string_view fileName,
                        const ReadLimits& limits = {});

/// `readDocument`, then checks that the document is a CloudFormation template: a mapping with a
/// `Resources` mapping.
ReadResult readTemplate(std::string_view text, std::string_view fileName,
                        const ReadLimits& limits = {});

}  // namespace vpcsynth
