#pragma once

#include <string>
#include <vector>

#include "diff/access.h"
#include "model/value.h"

namespace vpcsynth {

/// One IAM policy statement (or an attached managed policy), described in words from the
/// normalised statement, so that `x` and `[x]` or a reordered list read the same.
struct IamStatement {
  std::string source;  // "Role (trust policy)", "Role (policy Read)", "BucketPolicy"
  std::string effect;  // "Allow" or "Deny"
  std::string actions;
  std::string resources;
  std::string principal;
  std::string condition;

  bool operator==(const IamStatement&) const = default;
  auto operator<=>(const IamStatement&) const = default;
};

struct IamStatementChange {
  bool added = true;  // else removed
  Access access = Access::Broadening;
  IamStatement statement;
};

/// The IAM statements present in one template but not the other, sorted. A statement that
/// appears broadens (an `Allow`) or narrows (a `Deny`) access unless a statement of the other
/// template that applies to the same role, user, group or resource already contains it; one that
/// goes the reverse.
std::vector<IamStatementChange> diffIamStatements(const Value& oldTemplate,
                                                  const Value& newTemplate);

}  // namespace vpcsynth
