#include "iam/canonical_form.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "iam/policy_sources.h"
#include "iam/policy_statement.h"

namespace vpcsynth::iam {
namespace {

// A text that orders values the same whatever the order of their mapping keys.
std::string orderingText(const Value& value) {
  if (value.isSequence()) {
    std::string text = "[";
    for (const Value& item : value.sequence()) text += orderingText(item) + ",";
    return text + "]";
  }
  if (!value.isMapping()) return elementText(value);
  std::vector<std::string> entries;
  for (const MappingEntry& entry : value.mapping()) {
    entries.push_back(entry.key + ":" + orderingText(entry.value));
  }
  std::sort(entries.begin(), entries.end());
  std::string text = "{";
  for (const std::string& entry : entries) text += entry + ",";
  return text + "}";
}

// `value` as a sorted list without duplicates.
void makeSortedSet(Value& value) {
  if (!value.isSequence()) value = Value(Sequence{value}, value.position());
  Sequence& items = value.sequence();
  const auto byText = [](const Value& a, const Value& b) {
    return orderingText(a) < orderingText(b);
  };
  std::stable_sort(items.begin(), items.end(), byText);
  items.erase(std::unique(items.begin(), items.end(),
                          [](const Value& a, const Value& b) { return semanticallyEqual(a, b); }),
              items.end());
}

void canonicaliseValuesOf(Value* mapping) {
  if (mapping == nullptr || !mapping->isMapping()) return;
  for (std::size_t i = 0; i < mapping->mapping().size(); ++i) {
    makeSortedSet(mapping->mapping().valueAt(i));
  }
}

void canonicaliseStatement(Value& statement) {
  if (!statement.isMapping()) return;
  Mapping& keys = statement.mapping();
  static constexpr std::array<std::string_view, 4> kSets = {"Action", "NotAction", "Resource",
                                                            "NotResource"};
  for (std::string_view key : kSets) {
    if (Value* value = keys.find(key)) makeSortedSet(*value);
  }
  for (std::string_view key : {"Principal", "NotPrincipal"}) {
    canonicaliseValuesOf(keys.find(key));  // `Principal: '*'` stays as it is
  }
  if (Value* condition = keys.find("Condition"); condition && condition->isMapping()) {
    for (std::size_t i = 0; i < condition->mapping().size(); ++i) {
      canonicaliseValuesOf(&condition->mapping().valueAt(i));
    }
  }
}

void canonicaliseDocument(Value* document) {
  Value* statements =
      document && document->isMapping() ? document->mapping().find("Statement") : nullptr;
  if (statements == nullptr) return;
  if (!statements->isSequence()) *statements = Value(Sequence{*statements}, statements->position());
  for (Value& statement : statements->sequence()) canonicaliseStatement(statement);
  makeSortedSet(*statements);
}

}  // namespace

void canonicalisePolicies(Value& root) {
  Value* resources = root.isMapping() ? root.mapping().find("Resources") : nullptr;
  if (resources == nullptr || !resources->isMapping()) return;
  for (std::size_t i = 0; i < resources->mapping().size(); ++i) {
    Value& resource = resources->mapping().valueAt(i);
    const Value* type = resource.find("Type");
    Value* properties = resource.isMapping() ? resource.mapping().find("Properties") : nullptr;
    if (type == nullptr || properties == nullptr || !properties->isMapping()) continue;
    for (std::string_view key : documentProperties(type->text())) {
      canonicaliseDocument(properties->mapping().find(key));
    }
    Value* policies =
        hasInlinePolicies(type->text()) ? properties->mapping().find("Policies") : nullptr;
    if (policies == nullptr || !policies->isSequence()) continue;
    for (Value& policy : policies->sequence()) {
      if (policy.isMapping()) canonicaliseDocument(policy.mapping().find("PolicyDocument"));
    }
  }
}

}  // namespace vpcsynth::iam
