#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lint/lint_context.h"

namespace vpcsynth::lint {

/// What a policy's `Resource` element stands for, as far as the template tells.
struct ResourceArn {
  enum class Kind : unsigned char {
    /// An ARN (possibly with wildcards or `${...}` variables) whose service is `service`.
    Arn,
    /// `!Ref X` of a resource whose `Ref` is a name, an ID or a URL, never an ARN.
    NotAnArn,
    /// `*`, a parameter, an import, or anything the template does not fix.
    Unknown,
  };
  Kind kind = Kind::Unknown;
  /// The ARN's service field and the part after the account (`parameter/app/x`); a variable
  /// or a wildcard may stand anywhere in it.
  std::string service;
  std::string resource;
  /// For `NotAnArn`: what the reference gives ("the parameter's name").
  std::string_view gives;
};

/// Reads one `Resource` element of a policy statement.
ResourceArn resourceArn(const LintContext& context, const Value& element);

/// Whether `action`'s requests can match `arn`: true, false, or nullopt when the table of
/// action forms does not know the action or the ARN has a variable where it matters.
std::optional<bool> actionTakesArn(std::string_view action, const ResourceArn& arn);

/// For an action the table knows, the resource form it takes ("parameter/NAME"), for messages.
std::string_view resourceFormOf(std::string_view action);

}  // namespace vpcsynth::lint
