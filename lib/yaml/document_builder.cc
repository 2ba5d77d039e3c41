#include "yaml/document_builder.h"

#include <fmt/format.h>
#include <yaml-cpp/mark.h>

#include "model/function.h"
#include "yaml/function_forms.h"
#include "yaml/reader.h"
#include "yaml/utf8.h"

namespace vpcsynth {
namespace {

constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

// yaml-cpp 0.7 turns the escapes `\N` (U+0085) and `\_` (U+00A0) into single bytes instead of
// UTF-8. Re-encodes such bytes; returns false if something else is still invalid.
bool repairEscapedLatin1(std::string& text) {
  if (findInvalidUtf8(text) == std::string::npos) return true;
  std::string repaired;
  repaired.reserve(text.size() + 8);
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t bad = findInvalidUtf8(std::string_view(text).substr(start));
    if (bad == std::string::npos) {
      repaired.append(text, start);
      break;
    }
    const auto byte = static_cast<unsigned char>(text[start + bad]);
    if (byte != 0x85 && byte != 0xA0) return false;
    repaired.append(text, start, bad);
    repaired += static_cast<char>(0xC2);
    repaired += static_cast<char>(byte);
    start += bad + 1;
  }
  text = std::move(repaired);
  return true;
}

}  // namespace

DocumentBuilder::DocumentBuilder(const std::string* file, std::size_t maxDepth,
                                 std::vector<InsertedIndicator> inserted)
    : file_(file), maxDepth_(maxDepth), inserted_(std::move(inserted)) {}

Position DocumentBuilder::positionOf(const YAML::Mark& mark) const {
  if (mark.is_null()) return Position{file_, 0, 0};
  const auto line = static_cast<std::uint32_t>(mark.line);
  const auto column = static_cast<std::uint32_t>(mark.column);
  return Position{file_, line + 1, originalColumn(inserted_, line, column) + 1};
}

void DocumentBuilder::report(std::string_view rule, std::string message, Position position) {
  diagnostics_.push_back(
      Diagnostic{Severity::Error, std::string(rule), std::move(message), position});
}

void DocumentBuilder::OnDocumentStart(const YAML::Mark& mark) {
  if (++documents_ > 1) {
    report(reader_rule::kManyDocuments, "a template is one YAML document; a second one starts here",
           positionOf(mark));
    throw StopReading{};
  }
}

void DocumentBuilder::refuseAnchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
  if (anchor == YAML::NullAnchor) return;
  report(reader_rule::kAnchorOrAlias,
         "YAML anchors (&name) are not accepted: CloudFormation does not support them",
         positionOf(mark));
}

void DocumentBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
  refuseAnchor(mark, anchor);
  addNull(mark);
}

void DocumentBuilder::addNull(const YAML::Mark& mark) {
  Value null;
  null.setPosition(positionOf(mark));
  add(std::move(null));
}

void DocumentBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t) {
  report(reader_rule::kAnchorOrAlias,
         "YAML aliases (*name) are not accepted: CloudFormation does not support them",
         positionOf(mark));
  addNull(mark);
}

void DocumentBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag,
                               YAML::anchor_t anchor, const std::string& value) {
  refuseAnchor(mark, anchor);
  const Position position = positionOf(mark);
  const bool plain = tag == "?";
  Scalar scalar{value, plain ? ScalarStyle::Plain : ScalarStyle::Quoted};
  if (!plain) {
    lastQuotedScalar_ = position;
    if (!repairEscapedLatin1(scalar.text)) {
      report(reader_rule::kInvalidText, "an escape in this string does not make valid UTF-8",
             position);
    }
  }
  add(applyTag(Value(std::move(scalar), position), tag, plain));
}

void DocumentBuilder::openCollection(Value collection, const std::string& tag) {
  if (stack_.size() >= maxDepth_) {
    report(reader_rule::kTooDeep,
           fmt::format("nesting deeper than {} levels is not accepted", maxDepth_),
           collection.position());
    throw StopReading{};
  }
  stack_.push_back(Frame{std::move(collection), tag, std::nullopt, {}});
}

void DocumentBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag,
                                      YAML::anchor_t anchor, YAML::EmitterStyle::value) {
  refuseAnchor(mark, anchor);
  openCollection(Value(Sequence{}, positionOf(mark)), tag);
}

void DocumentBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag,
                                 YAML::anchor_t anchor, YAML::EmitterStyle::value) {
  refuseAnchor(mark, anchor);
  openCollection(Value(Mapping{}, positionOf(mark)), tag);
}

void DocumentBuilder::OnSequenceEnd() {
  Frame frame = std::move(stack_.back());
  stack_.pop_back();
  add(applyTag(std::move(frame.collection), frame.tag, false));
}

void DocumentBuilder::OnMapEnd() {
  Frame frame = std::move(stack_.back());
  stack_.pop_back();
  if (frame.pendingKey) {
    // A key without a value cannot come from yaml-cpp, but stay total: keep it as null.
    frame.collection.mapping().append(std::move(*frame.pendingKey), Value(),
                                      frame.pendingKeyPosition);
  }
  Value value = longFormToCall(std::move(frame.collection));
  add(applyTag(std::move(value), frame.tag, false));
}

Value DocumentBuilder::applyTag(Value value, const std::string& tag, bool plain) {
  if (tag.empty() || tag == "?" || tag == "!") return value;
  const Position position = value.position();
  if (std::string_view(tag).starts_with(kCoreTagPrefix)) {
    // Explicit core tags (!!str, !!int, ...) only fix how a scalar is typed.
    if (value.isScalar()) {
      const bool isString = std::string_view(tag).substr(kCoreTagPrefix.size()) == "str";
      if (isString) return Value::string(value.scalar().text, position);
      if (value.scalar().text.empty()) {
        Value null;
        null.setPosition(position);
        return null;
      }
      return Value::plain(value.scalar().text, position);
    }
    return value;
  }
  if (std::string_view(tag).starts_with("!ForEach")) {
    // A tag that names no function is kept as the long-form key `Fn::<tag>`, but `Fn::ForEach::X`
    // is a loop key with a meaning of its own: reading the tag as that key would change what the
    // template says.
    report(reader_rule::kUnsupportedTag,
           fmt::format("'{}' is not a function tag: Fn::ForEach has no short form; write the loop "
                       "as a 'Fn::ForEach::Name:' key",
                       tag),
           position);
    return value;
  }
  if (tag.size() > 1 && tag[0] == '!') {
    // A function argument written as a bare scalar is a string: `!GetAZs ''` names the region.
    if (value.isScalar() && plain) {
      value = Value(Scalar{value.scalar().text, ScalarStyle::Quoted}, position);
    }
    return shortFormToCall(std::string_view(tag).substr(1), std::move(value), position);
  }
  report(reader_rule::kUnsupportedTag, fmt::format("unsupported YAML tag '{}'", tag), position);
  return value;
}

void DocumentBuilder::add(Value value) {
  if (stack_.empty()) {
    document_ = std::move(value);
    return;
  }
  Frame& top = stack_.back();
  if (top.collection.isSequence()) {
    top.collection.sequence().push_back(std::move(value));
    return;
  }
  Mapping& mapping = top.collection.mapping();
  if (!top.pendingKey) {
    if (!value.isScalar()) {
      report(reader_rule::kSyntax, "a mapping key must be a plain string", value.position());
      top.pendingKey = std::string();
    } else {
      top.pendingKey = value.scalar().text;
    }
    top.pendingKeyPosition = value.position();
    return;
  }
  std::string key = std::move(*top.pendingKey);
  top.pendingKey.reset();
  if (const MappingEntry* first = mapping.findEntry(key)) {
    report(reader_rule::kDuplicateKey,
           fmt::format("duplicate key '{}' (first defined at line {}, column {})", key,
                       first->keyPosition.line, first->keyPosition.column),
           top.pendingKeyPosition);
    return;
  }
  if (isForEachKey(key)) {
    const Position position = value.position();
    value = Value::call(Function::ForEach, std::move(value), position);
  }
  mapping.append(std::move(key), std::move(value), top.pendingKeyPosition);
}

}  // namespace vpcsynth
