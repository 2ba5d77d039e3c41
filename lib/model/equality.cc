#include <optional>

#include "model/scalar_type.h"
#include "model/value.h"

namespace vpcsynth {
namespace {

bool scalarsEqual(const Scalar& a, const Scalar& b) {
  if (a.text == b.text) return true;
  // Plain booleans are one value whatever their spelling: YAML 1.1 reads `yes` as `true`.
  if (a.style != ScalarStyle::Plain || b.style != ScalarStyle::Plain) return false;
  std::optional<bool> left = plainBoolean(a.text);
  std::optional<bool> right = plainBoolean(b.text);
  return left && right && *left == *right;
}

bool mappingsEqual(const Mapping& a, const Mapping& b) {
  if (a.size() != b.size()) return false;
  for (const MappingEntry& entry : a) {
    const Value* other = b.find(entry.key);
    if (!other || !semanticallyEqual(entry.value, *other)) return false;
  }
  return true;
}

bool sequencesEqual(const Sequence& a, const Sequence& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!semanticallyEqual(a[i], b[i])) return false;
  }
  return true;
}

// `{Condition: X}` is read as a `Condition` call only where a condition is expected (inside
// And, Or, Not and the Conditions section); elsewhere the two forms cannot be told apart, and
// JSON has only the mapping, so they are the same value.
bool conditionCallEqualsMapping(const Value& call, const Value& mapping) {
  if (!call.isFunction(Function::Condition) || !mapping.isMapping()) return false;
  if (mapping.mapping().size() != 1) return false;
  const MappingEntry& only = mapping.mapping().entries().front();
  return only.key == "Condition" && semanticallyEqual(*call.functionCall().argument, only.value);
}

}  // namespace

bool semanticallyEqual(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) {
    return conditionCallEqualsMapping(a, b) || conditionCallEqualsMapping(b, a);
  }
  switch (a.kind()) {
    case Value::Kind::Null: return true;
    case Value::Kind::Scalar: return scalarsEqual(a.scalar(), b.scalar());
    case Value::Kind::Sequence: return sequencesEqual(a.sequence(), b.sequence());
    case Value::Kind::Mapping: return mappingsEqual(a.mapping(), b.mapping());
    case Value::Kind::Function:
      return a.functionCall().function == b.functionCall().function &&
             semanticallyEqual(*a.functionCall().argument, *b.functionCall().argument);
  }
  return false;
}

}  // namespace vpcsynth
