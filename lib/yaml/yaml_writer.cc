#include <string>

#include "model/scalar_type.h"
#include "yaml/scalar_quoting.h"
#include "yaml/writer.h"

namespace vpcsynth {
namespace {

constexpr int kIndentStep = 2;
// Sequences of simple items up to this width are written in flow style: `!Select [0, !GetAZs '']`.
constexpr std::size_t kMaxFlowWidth = 72;
// YAML limits an implicit key (`key: value`) to 1,024 characters and yaml-cpp enforces it; a
// longer key is written explicit (`? key` then `: value`), which has no limit. The margin covers
// counting in characters rather than bytes.
constexpr std::size_t kMaxImplicitKeyBytes = 1000;

bool hasDottedAttribute(const Value& argument) {
  return argument.isSequence() && argument.sequence().size() == 2 &&
         argument.sequence()[1].text().find('.') != std::string_view::npos;
}

// `Resource.Attribute` when a GetAtt argument reads back the same from that form: two
// non-empty strings, neither with a dot of its own. Empty otherwise.
std::string dottedGetAtt(const Value& argument) {
  if (!argument.isSequence() || argument.sequence().size() != 2) return {};
  const Value& resource = argument.sequence()[0];
  const Value& attribute = argument.sequence()[1];
  if (!resource.isScalar() || !attribute.isScalar()) return {};
  if (resource.text().empty() || attribute.text().empty()) return {};
  if (resource.text().find('.') != std::string_view::npos) return {};
  if (attribute.text().find('.') != std::string_view::npos) return {};
  std::string dotted(resource.text());
  dotted += '.';
  dotted += attribute.text();
  return dotted;
}

class YamlWriter {
 public:
  explicit YamlWriter(FunctionForm form) : form_(form) {}

  std::string write(const Value& document) {
    if (document.isMapping() && !document.mapping().empty()) {
      writeMappingEntries(document.mapping(), 0, false);
    } else if (document.isSequence() && !document.sequence().empty()) {
      writeSequenceItems(document.sequence(), 0, false);
    } else {
      writeInlineOrBlock(document, 0, true);
    }
    return std::move(out_);
  }

 private:
  // Every function becomes a one-key mapping in the long form. So does `Fn::GetAtt` with a
  // dotted attribute, since `!GetAtt A.B.C` is read differently by different tools.
  // Also a function applied directly to a function or to null: YAML allows one tag per node,
  // so `!Base64 !Sub x` cannot be written (it becomes `Fn::Base64: !Sub x`), and a tag on a null
  // would make it the string "null".
  bool writesAsLongForm(const FunctionCall& call) const {
    if (call.function == Function::ForEach) return false;
    return form_ == FunctionForm::Long ||
           (call.function == Function::GetAtt && hasDottedAttribute(*call.argument)) ||
           call.argument->isFunction() || call.argument->isNull();
  }

  static Mapping longForm(const FunctionCall& call) {
    Mapping mapping;
    mapping.append(std::string(longName(call.function)), *call.argument);
    return mapping;
  }

  std::string scalarText(const Scalar& scalar, ScalarContext context) const {
    const bool plainAllowed =
        scalar.style == ScalarStyle::Plain || !resolvesAsNonString(scalar.text);
    if (plainAllowed && isPlainSyntaxSafe(scalar.text, context)) return scalar.text;
    return quoteYaml(scalar.text);
  }

  // The one-line form of `value`, or empty when it needs lines of its own.
  std::string inlineText(const Value& value, ScalarContext context) const {
    switch (value.kind()) {
      case Value::Kind::Null: return "null";
      case Value::Kind::Scalar:
        if (context == ScalarContext::Block && suitsLiteralBlock(value.scalar().text)) return {};
        return scalarText(value.scalar(), context);
      case Value::Kind::Mapping: return value.mapping().empty() ? "{}" : std::string();
      case Value::Kind::Sequence: return flowSequence(value.sequence());
      case Value::Kind::Function: {
        const FunctionCall& call = value.functionCall();
        if (writesAsLongForm(call) || call.function == Function::ForEach) return {};
        // GetAtt of two plain names reads best dotted: `!GetAtt Function.Arn`.
        if (std::string dotted = dottedGetAtt(*call.argument);
            !dotted.empty() && call.function == Function::GetAtt &&
            isPlainSyntaxSafe(dotted, context) && !resolvesAsNonString(dotted)) {
          return "!GetAtt " + dotted;
        }
        std::string argument = inlineText(*call.argument, context);
        if (argument.empty()) return {};
        std::string tagged = "!";
        tagged.append(shortTag(call.function)).append(" ").append(argument);
        return tagged;
      }
    }
    return {};
  }

  std::string flowSequence(const Sequence& items) const {
    std::string text = "[";
    for (const Value& item : items) {
      std::string itemText = inlineText(item, ScalarContext::Flow);
      if (itemText.empty()) return {};
      if (text.size() > 1) text += ", ";
      text += itemText;
      if (text.size() > kMaxFlowWidth) return {};
    }
    return text + "]";
  }

  void indent(int columns) { out_.append(static_cast<std::size_t>(columns), ' '); }

  void writeLiteralBlock(std::string_view text, int contentIndent) {
    std::size_t trailingBreaks = 0;
    while (trailingBreaks < text.size() && text[text.size() - 1 - trailingBreaks] == '\n') {
      ++trailingBreaks;
    }
    out_ += trailingBreaks == 0 ? "|-\n" : trailingBreaks == 1 ? "|\n" : "|+\n";
    std::string_view body = text.substr(0, text.size() - trailingBreaks);
    std::size_t start = 0;
    while (true) {
      std::size_t end = body.find('\n', start);
      std::string_view line = body.substr(start, end == std::string_view::npos ? end : end - start);
      if (!line.empty()) indent(contentIndent);
      out_ += line;
      out_ += '\n';
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    for (std::size_t i = 1; i < trailingBreaks; ++i) out_ += '\n';
  }

  // Writes `value` after `key:`, or after an indicator and its space (`- `, or `: ` after an
  // explicit key) when `afterIndicator`; the caller wrote that and nothing after it. `column` is
  // where the key or indicator sits.
  void writeInlineOrBlock(const Value& value, int column, bool afterIndicator) {
    std::string text = inlineText(value, ScalarContext::Block);
    if (!text.empty()) {
      if (!afterIndicator) out_ += ' ';
      out_ += text;
      out_ += '\n';
      return;
    }
    const int child = column + kIndentStep;
    switch (value.kind()) {
      case Value::Kind::Scalar:
        if (!afterIndicator) out_ += ' ';
        writeLiteralBlock(value.scalar().text, child);
        return;
      case Value::Kind::Mapping:
        if (afterIndicator) {
          writeMappingEntries(value.mapping(), child, true);
        } else {
          out_ += '\n';
          writeMappingEntries(value.mapping(), child, false);
        }
        return;
      case Value::Kind::Sequence:
        if (afterIndicator) {
          writeSequenceItems(value.sequence(), child, true);
        } else {
          out_ += '\n';
          writeSequenceItems(value.sequence(), child, false);
        }
        return;
      case Value::Kind::Function:
        writeFunction(value.functionCall(), column, afterIndicator);
        return;
      case Value::Kind::Null: return;
    }
  }

  void writeFunction(const FunctionCall& call, int column, bool afterIndicator) {
    if (call.function == Function::ForEach) {
      writeInlineOrBlock(*call.argument, column, afterIndicator);
      return;
    }
    if (writesAsLongForm(call)) {
      writeInlineOrBlock(Value(longForm(call)), column, afterIndicator);
      return;
    }
    if (!afterIndicator) out_ += ' ';
    out_ += '!';
    out_ += shortTag(call.function);
    const Value& argument = *call.argument;
    const int child = column + kIndentStep;
    if (argument.isMapping() && !argument.mapping().empty()) {
      out_ += '\n';
      writeMappingEntries(argument.mapping(), child, false);
    } else if (argument.isSequence() && !argument.sequence().empty()) {
      out_ += '\n';
      writeSequenceItems(argument.sequence(), child, false);
    } else if (afterIndicator && argument.isScalar() && suitsLiteralBlock(argument.scalar().text)) {
      // yaml-cpp 0.7 cannot read a literal block after a tag there (`- !Sub |`, `: !Sub |`).
      out_ += ' ';
      out_ += quoteYaml(argument.scalar().text);
      out_ += '\n';
    } else {
      writeInlineOrBlock(argument, column, false);
    }
  }

  std::string keyText(std::string_view key) const {
    Scalar asString{std::string(key), ScalarStyle::Quoted};
    return scalarText(asString, ScalarContext::Block);
  }

  // `firstInline`: the first entry continues the line of a `- ` already written.
  void writeMappingEntries(const Mapping& mapping, int column, bool firstInline) {
    bool first = true;
    for (const MappingEntry& entry : mapping) {
      if (!(first && firstInline)) indent(column);
      first = false;
      const std::string key = keyText(entry.key);
      if (key.size() > kMaxImplicitKeyBytes) {
        // The value after `: ` is written as after `- `: both start a compact node.
        out_ += "? ";
        out_ += key;
        out_ += '\n';
        indent(column);
        out_ += ": ";
        writeInlineOrBlock(entry.value, column, true);
      } else {
        out_ += key;
        out_ += ':';
        writeInlineOrBlock(entry.value, column, false);
      }
    }
  }

  void writeSequenceItems(const Sequence& items, int column, bool firstInline) {
    bool first = true;
    for (const Value& item : items) {
      if (!(first && firstInline)) indent(column);
      first = false;
      out_ += "- ";
      writeInlineOrBlock(item, column, true);
    }
  }

  FunctionForm form_;
  std::string out_;
};

}  // namespace

std::string writeYaml(const Value& document, FunctionForm functions) {
  return YamlWriter(functions).write(document);
}

std::string writeDocument(const Value& document, const WriteOptions& options) {
  return options.format == OutputFormat::Json ? writeJson(document)
                                              : writeYaml(document, options.functions);
}

}  // namespace vpcsynth
