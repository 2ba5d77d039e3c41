#include "iam/policy_statement.h"

#include <algorithm>

#include "diff/value_text.h"

namespace vpcsynth::iam {
namespace {

void sortUnique(std::vector<Element>& elements) {
  std::sort(elements.begin(), elements.end());
  elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
}

void addElements(const Value& value, std::string_view prefix, std::vector<Element>& out) {
  const auto addOne = [&](const Value& item) {
    out.push_back({std::string(prefix) + elementText(item), &item, item.isScalar()});
  };
  if (!value.isSequence()) return addOne(value);
  for (const Value& item : value.sequence()) addOne(item);
}

// `*` and `{AWS: '*'}` both name everyone (IAM reads them alike); other principals keep their
// kind, so that a service and an account of the same text differ.
ElementSet principalSet(const Value* value, bool negated) {
  if (value == nullptr || !value->isMapping()) return elementSet(value, negated);
  ElementSet set{negated, {}};
  for (const MappingEntry& entry : value->mapping()) {
    if (entry.key == "AWS" && entry.value.text() == "*") {
      set.elements.push_back({"*", &entry.value, true});
    } else {
      addElements(entry.value, entry.key + ": ", set.elements);
    }
  }
  sortUnique(set.elements);
  return set;
}

ElementSet eitherSet(const Value& statement, std::string_view key, std::string_view notKey,
                     ElementSet (*read)(const Value*, bool)) {
  if (const Value* value = statement.find(key)) return read(value, false);
  return read(statement.find(notKey), true);
}

std::string valuesText(const Value& values) {
  ElementSet set = elementSet(&values, false);
  if (set.elements.size() == 1) return set.elements.front().text;
  std::string text = "[";
  for (const Element& element : set.elements) {
    if (text.size() > 1) text += ", ";
    text += element.text;
  }
  return text + "]";
}

std::vector<std::string> conditionsOf(const Value* condition) {
  std::vector<std::string> conditions;
  if (condition == nullptr) return conditions;
  if (!condition->isMapping()) return {elementText(*condition)};
  for (const MappingEntry& test : condition->mapping()) {
    if (!test.value.isMapping()) {
      conditions.push_back(test.key + " " + elementText(test.value));
      continue;
    }
    for (const MappingEntry& key : test.value.mapping()) {
      conditions.push_back(test.key + " " + key.key + "=" + valuesText(key.value));
    }
  }
  std::sort(conditions.begin(), conditions.end());
  return conditions;
}

}  // namespace

bool ElementSet::isEverything() const {
  if (negated) return elements.empty();
  return std::any_of(elements.begin(), elements.end(),
                     [](const Element& element) { return element.text == "*"; });
}

bool Statement::operator==(const Statement& other) const {
  return effect == other.effect && actions == other.actions && resources == other.resources &&
         principals == other.principals && conditions == other.conditions;
}

std::string elementText(const Value& value) {
  return value.isScalar() ? std::string(value.text()) : inlineText(value);
}

ElementSet elementSet(const Value* value, bool negated) {
  ElementSet set{negated, {}};
  if (value == nullptr) return set;
  addElements(*value, "", set.elements);
  sortUnique(set.elements);
  return set;
}

Statement normaliseStatement(const Value& statement) {
  Statement normalised;
  normalised.source = &statement;
  if (!statement.isMapping()) {
    normalised.actions = elementSet(&statement, false);
    return normalised;
  }
  if (statement.find("Effect") && statement.find("Effect")->text() == "Deny") {
    normalised.effect = Effect::Deny;
  }
  normalised.actions = eitherSet(statement, "Action", "NotAction", elementSet);
  normalised.resources = eitherSet(statement, "Resource", "NotResource", elementSet);
  normalised.principals = eitherSet(statement, "Principal", "NotPrincipal", principalSet);
  normalised.conditions = conditionsOf(statement.find("Condition"));
  return normalised;
}

std::vector<Statement> documentStatements(const Value& document) {
  std::vector<Statement> statements;
  const Value* list = document.find("Statement");
  if (list == nullptr) return statements;
  if (!list->isSequence()) return {normaliseStatement(*list)};
  for (const Value& statement : list->sequence()) {
    statements.push_back(normaliseStatement(statement));
  }
  return statements;
}

}  // namespace vpcsynth::iam
