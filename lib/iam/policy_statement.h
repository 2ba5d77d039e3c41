#pragma once

#include <compare>
#include <string>
#include <vector>

#include "model/value.h"

namespace vpcsynth::iam {

enum class Effect : unsigned char { Allow, Deny };

/// One element of an `Action`, `Resource` or `Principal`: its text and the value it came from.
struct Element {
  /// A literal as written; anything else (`!Sub ...`) on one line; a principal as `Kind: value`.
  std::string text;
  /// Where it was written, for findings; null when the model derives it (`Lambda::Permission`).
  const Value* value = nullptr;
  bool literal = true;

  bool operator==(const Element& other) const { return text == other.text; }
  std::strong_ordering operator<=>(const Element& other) const { return text <=> other.text; }
};

/// The elements of `Action` or `NotAction` (likewise `Resource`, `Principal`): a set, sorted,
/// without duplicates, so that `x` and `[x]` or a reordered list are equal.
struct ElementSet {
  /// From `NotAction`, `NotResource`, `NotPrincipal`: every value except the elements. A key the
  /// statement leaves out is an empty negated set: every value.
  bool negated = false;
  std::vector<Element> elements;

  bool operator==(const ElementSet&) const = default;
  /// True when the set names every value: absent, `*`, or `NotAction: []`.
  bool isEverything() const;
};

/// One policy statement, normalised.
struct Statement {
  Effect effect = Effect::Allow;
  ElementSet actions;
  ElementSet resources;
  /// Empty and negated (everyone the policy is attached to) in identity policies.
  ElementSet principals;
  /// `Operator key=value` (values as a sorted set), sorted: each one narrows the statement.
  std::vector<std::string> conditions;
  /// The statement mapping as written, for positions; null when the model derives it.
  const Value* source = nullptr;

  bool operator==(const Statement& other) const;
};

/// The statements of a policy document (`Statement:` one mapping or a list), normalised.
std::vector<Statement> documentStatements(const Value& document);

/// One statement mapping normalised; a statement that is not a mapping reads as an `Allow` of
/// its text, so that a diff still shows it.
Statement normaliseStatement(const Value& statement);

/// `value` as elements: a string is a one-element list, duplicates go, the order is sorted.
ElementSet elementSet(const Value* value, bool negated);

/// The text of one element: a literal's text, or the value on one line.
std::string elementText(const Value& value);

}  // namespace vpcsynth::iam
