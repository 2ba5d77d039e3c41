#include "diff/value_text.h"

#include "model/scalar_type.h"
#include "yaml/scalar_quoting.h"

namespace vpcsynth {
namespace {

void appendScalar(std::string& out, const Scalar& scalar) {
  const bool keepsType = scalar.style == ScalarStyle::Plain || !resolvesAsNonString(scalar.text);
  if (keepsType && !scalar.text.empty() && isPlainSyntaxSafe(scalar.text, ScalarContext::Flow)) {
    out += scalar.text;
  } else {
    appendJsonString(out, scalar.text);
  }
}

void appendValue(std::string& out, const Value& value, std::size_t limit);

void appendFunction(std::string& out, const FunctionCall& call, std::size_t limit) {
  out += '!';
  out += shortTag(call.function);
  out += ' ';
  const Value& argument = *call.argument;
  if (call.function == Function::GetAtt && argument.isSequence() &&
      argument.sequence().size() == 2 && argument.sequence()[0].isScalar() &&
      argument.sequence()[1].isScalar()) {
    out += argument.sequence()[0].text();
    out += '.';
    out += argument.sequence()[1].text();
    return;
  }
  appendValue(out, argument, limit);
}

void appendValue(std::string& out, const Value& value, std::size_t limit) {
  if (limit != 0 && out.size() > limit) return;
  switch (value.kind()) {
    case Value::Kind::Null: out += "null"; return;
    case Value::Kind::Scalar: appendScalar(out, value.scalar()); return;
    case Value::Kind::Function: appendFunction(out, value.functionCall(), limit); return;
    case Value::Kind::Sequence: {
      out += '[';
      const char* separator = "";
      for (const Value& item : value.sequence()) {
        out += separator;
        appendValue(out, item, limit);
        separator = ", ";
      }
      out += ']';
      return;
    }
    case Value::Kind::Mapping: {
      out += '{';
      const char* separator = "";
      for (const MappingEntry& entry : value.mapping()) {
        out += separator;
        appendScalar(out, Scalar{entry.key, ScalarStyle::Quoted});
        out += ": ";
        appendValue(out, entry.value, limit);
        separator = ", ";
      }
      out += '}';
      return;
    }
  }
}

}  // namespace

std::string inlineText(const Value& value, std::size_t maxLength) {
  std::string out;
  appendValue(out, value, maxLength);
  if (maxLength != 0 && out.size() > maxLength) {
    // Cut on a UTF-8 character boundary.
    std::size_t cut = maxLength;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "...";
  }
  return out;
}

std::string referenceName(const Value& value) {
  if (value.isFunction(Function::Ref) && value.functionCall().argument->isScalar()) {
    return std::string(value.functionCall().argument->text());
  }
  if (value.isFunction(Function::GetAtt)) {
    const Value& argument = *value.functionCall().argument;
    if (argument.isSequence() && !argument.sequence().empty()) {
      return std::string(argument.sequence()[0].text());
    }
    if (argument.isScalar()) {
      const std::string_view text = argument.text();
      return std::string(text.substr(0, text.find('.')));
    }
  }
  return inlineText(value);
}

}  // namespace vpcsynth
