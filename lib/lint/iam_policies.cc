#include "lint/iam_policies.h"

#include <array>
#include <cctype>

namespace vpcsynth::lint {
namespace {

void literalStrings(const Value* value, std::vector<const Value*>& out) {
  if (!value) return;
  if (value->isScalar()) out.push_back(value);
  if (!value->isSequence()) return;
  for (const Value& item : value->sequence()) {
    if (item.isScalar()) out.push_back(&item);
  }
}

void addDocument(const Resource& owner, const Value* document, std::vector<PolicyStatement>& out) {
  const Value* statements = document ? document->find("Statement") : nullptr;
  if (!statements) return;
  const auto addOne = [&](const Value& statement) {
    const Value* effect = statement.find("Effect");
    if (!effect || effect->text() != "Allow") return;
    PolicyStatement found{&owner, &statement, {}, {}};
    literalStrings(statement.find("Action"), found.actions);
    literalStrings(statement.find("Resource"), found.resources);
    out.push_back(std::move(found));
  };
  if (statements->isMapping()) addOne(*statements);
  if (!statements->isSequence()) return;
  for (const Value& statement : statements->sequence()) addOne(statement);
}

bool equalsIgnoringCase(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Glob match with `*` and `?`, ignoring case as IAM does.
bool globMatch(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || equalsIgnoringCase(pattern[p], text[t]))) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

std::vector<PolicyStatement> allowStatements(const LintContext& context) {
  std::vector<PolicyStatement> statements;
  for (const Resource& resource : context.resources()) {
    const std::string_view type = resource.type;
    if (type == "AWS::IAM::Policy" || type == "AWS::IAM::ManagedPolicy" ||
        type == "AWS::IAM::RolePolicy" || type == "AWS::IAM::UserPolicy" ||
        type == "AWS::IAM::GroupPolicy") {
      addDocument(resource, resource.property("PolicyDocument"), statements);
    } else if (type == "AWS::IAM::Role" || type == "AWS::IAM::User" || type == "AWS::IAM::Group") {
      const Value* policies = resource.property("Policies");
      if (!policies || !policies->isSequence()) continue;
      for (const Value& policy : policies->sequence()) {
        addDocument(resource, policy.find("PolicyDocument"), statements);
      }
    }
  }
  return statements;
}

bool isReadOnlyAction(std::string_view action) {
  static constexpr std::array<std::string_view, 8> kReadVerbs = {
      "Get", "List", "Describe", "BatchGet", "Head", "Lookup", "Search", "View"};
  const std::size_t colon = action.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view verb = action.substr(colon + 1);
  for (std::string_view read : kReadVerbs) {
    if (verb.size() > read.size() && verb.starts_with(read)) return true;
    if (verb.size() == read.size() + 1 && verb.starts_with(read) && verb.back() == '*') return true;
  }
  return false;
}

bool actionMatches(std::string_view action, std::string_view wanted) {
  return globMatch(action, wanted);
}

}  // namespace vpcsynth::lint
