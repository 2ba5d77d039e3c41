#pragma once

#include <string>

#include "model/value.h"

namespace vpcsynth {

enum class OutputFormat : unsigned char { Yaml, Json };

/// Short form (`!GetAtt A.B`) or long form (`Fn::GetAtt: [A, B]`) of the intrinsic functions in
/// YAML output. JSON has only the long form.
enum class FunctionForm : unsigned char { Short, Long };

struct WriteOptions {
  OutputFormat format = OutputFormat::Yaml;
  FunctionForm functions = FunctionForm::Short;
};

/// Writes `document` as YAML or JSON, ending in a newline. The same document always gives the
/// same bytes, and reading them back gives a semantically equal document.
std::string writeDocument(const Value& document, const WriteOptions& options = {});

std::string writeYaml(const Value& document, FunctionForm functions);
std::string writeJson(const Value& document);

}  // namespace vpcsynth
