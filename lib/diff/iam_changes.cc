#include "diff/iam_changes.h"

#include <algorithm>

#include "diff/sorted_merge.h"
#include "iam/containment.h"
#include "iam/policy_sources.h"

namespace vpcsynth {
namespace {

/// A statement with the policy it belongs to and its words.
struct Entry {
  const iam::Policy* policy = nullptr;
  const iam::Statement* statement = nullptr;
  IamStatement described;
};

std::string joined(const std::vector<iam::Element>& elements, std::string_view separator) {
  std::string text;
  for (const iam::Element& element : elements) {
    if (!text.empty()) text += separator;
    text += element.text;
  }
  return text;
}

std::string setText(const iam::ElementSet& set) {
  if (set.negated && set.elements.empty()) return std::string();  // left out: everything
  return (set.negated ? "NOT " : "") + joined(set.elements, ", ");
}

IamStatement describe(const iam::Policy& policy, const iam::Statement& statement) {
  IamStatement described;
  described.source = std::string(policy.owner);
  if (!policy.name.empty()) described.source += " (" + policy.name + ")";
  described.effect = statement.effect == iam::Effect::Deny ? "Deny" : "Allow";
  described.actions = setText(statement.actions);
  described.resources = setText(statement.resources);
  described.principal = setText(statement.principals);
  for (const std::string& condition : statement.conditions) {
    if (!described.condition.empty()) described.condition += "; ";
    described.condition += condition;
  }
  return described;
}

std::vector<Entry> entriesOf(const std::vector<iam::Policy>& policies) {
  std::vector<Entry> entries;
  for (const iam::Policy& policy : policies) {
    for (const iam::Statement& statement : policy.statements) {
      entries.push_back({&policy, &statement, describe(policy, statement)});
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.described < b.described; });
  return entries;
}

bool appliesTo(const iam::Policy& policy, std::string_view subject) {
  if (policy.subjects.empty()) return policy.owner == subject;
  return std::find(policy.subjects.begin(), policy.subjects.end(), subject) !=
         policy.subjects.end();
}

// True when, for everyone and everything `entry` applies to, a statement of `others` of the same
// kind already allows (or denies) all that it does.
bool containedIn(const Entry& entry, const std::vector<Entry>& others) {
  const iam::Policy& policy = *entry.policy;
  std::vector<std::string> subjects = policy.subjects;
  if (subjects.empty()) subjects.emplace_back(policy.owner);
  return std::all_of(subjects.begin(), subjects.end(), [&](const std::string& subject) {
    return std::any_of(others.begin(), others.end(), [&](const Entry& other) {
      return other.policy->kind == policy.kind && appliesTo(*other.policy, subject) &&
             iam::contains(*other.statement, *entry.statement);
    });
  });
}

}  // namespace

std::vector<IamStatementChange> diffIamStatements(const Value& oldTemplate,
                                                  const Value& newTemplate) {
  const std::vector<iam::Policy> oldPolicies = iam::templatePolicies(oldTemplate);
  const std::vector<iam::Policy> newPolicies = iam::templatePolicies(newTemplate);
  const std::vector<Entry> before = entriesOf(oldPolicies);
  const std::vector<Entry> after = entriesOf(newPolicies);
  std::vector<IamStatementChange> changes;
  recordSortedDifferences(
      before, after, [](const Entry& entry) -> const IamStatement& { return entry.described; },
      [&](const Entry& entry, bool added) {
        Access access = Access::Unchanged;
        if (!containedIn(entry, added ? before : after)) {
          // An Allow that appears, or a Deny that goes, lets more through.
          const bool allows = entry.statement->effect == iam::Effect::Allow;
          access = added == allows ? Access::Broadening : Access::Narrowing;
        }
        changes.push_back({added, access, entry.described});
      });
  return changes;
}

}  // namespace vpcsynth
