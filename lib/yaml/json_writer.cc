#include <string>

#include "model/scalar_type.h"
#include "yaml/scalar_quoting.h"
#include "yaml/writer.h"

namespace vpcsynth {
namespace {

constexpr int kIndentStep = 2;

class JsonWriter {
 public:
  std::string write(const Value& document) {
    writeValue(document, 0);
    out_ += '\n';
    return std::move(out_);
  }

 private:
  void newline(int column) {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(column), ' ');
  }

  // A plain YAML scalar keeps its type: numbers and booleans stay unquoted, as cfn-lint and
  // CloudFormation read them.
  void writeScalar(const Scalar& scalar) {
    if (scalar.style == ScalarStyle::Plain) {
      if (isPlainNull(scalar.text)) {
        out_ += "null";
        return;
      }
      if (std::optional<bool> boolean = plainBoolean(scalar.text)) {
        out_ += *boolean ? "true" : "false";
        return;
      }
      if (isJsonNumber(scalar.text)) {
        out_ += scalar.text;
        return;
      }
    }
    appendJsonString(out_, scalar.text);
  }

  void writeMapping(const Mapping& mapping, int column) {
    if (mapping.empty()) {
      out_ += "{}";
      return;
    }
    out_ += '{';
    bool first = true;
    for (const MappingEntry& entry : mapping) {
      if (!first) out_ += ',';
      first = false;
      newline(column + kIndentStep);
      appendJsonString(out_, entry.key);
      out_ += ": ";
      writeValue(entry.value, column + kIndentStep);
    }
    newline(column);
    out_ += '}';
  }

  void writeSequence(const Sequence& items, int column) {
    if (items.empty()) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    bool first = true;
    for (const Value& item : items) {
      if (!first) out_ += ',';
      first = false;
      newline(column + kIndentStep);
      writeValue(item, column + kIndentStep);
    }
    newline(column);
    out_ += ']';
  }

  void writeFunction(const FunctionCall& call, int column) {
    if (call.function == Function::ForEach) {
      writeValue(*call.argument, column);
      return;
    }
    out_ += '{';
    newline(column + kIndentStep);
    appendJsonString(out_, longName(call.function));
    out_ += ": ";
    writeValue(*call.argument, column + kIndentStep);
    newline(column);
    out_ += '}';
  }

  void writeValue(const Value& value, int column) {
    switch (value.kind()) {
      case Value::Kind::Null: out_ += "null"; return;
      case Value::Kind::Scalar: writeScalar(value.scalar()); return;
      case Value::Kind::Mapping: writeMapping(value.mapping(), column); return;
      case Value::Kind::Sequence: writeSequence(value.sequence(), column); return;
      case Value::Kind::Function: writeFunction(value.functionCall(), column); return;
    }
  }

  std::string out_;
};

}  // namespace

std::string writeJson(const Value& document) { return JsonWriter().write(document); }

}  // namespace vpcsynth
