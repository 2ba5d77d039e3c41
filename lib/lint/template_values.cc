#include "lint/template_values.h"

#include <charconv>

namespace vpcsynth::lint {
namespace {

// Bounds the GetAtt -> VPC -> GetAtt chain a hostile template could build.
constexpr int kMaxEvaluationDepth = 8;

std::optional<net::Cidr> evaluate(const LintContext& context, const Value& value, int depth);

std::optional<std::vector<net::Cidr>> evaluateList(const LintContext& context, const Value& value,
                                                   int depth) {
  if (!value.isFunction(Function::Cidr)) return std::nullopt;
  const Value& argument = *value.functionCall().argument;
  if (!argument.isSequence() || argument.sequence().size() != 3) return std::nullopt;
  const Sequence& parts = argument.sequence();
  std::optional<net::Cidr> block = evaluate(context, parts[0], depth + 1);
  std::optional<long> count = integerValue(&parts[1]);
  std::optional<long> hostBits = integerValue(&parts[2]);
  if (!block || !count || !hostBits || *count <= 0 || *count > 256 || *hostBits <= 0) {
    return std::nullopt;
  }
  return net::splitCidr(*block, static_cast<unsigned>(*count), static_cast<unsigned>(*hostBits));
}

std::optional<net::Cidr> evaluate(const LintContext& context, const Value& value, int depth) {
  if (depth > kMaxEvaluationDepth) return std::nullopt;
  if (value.isScalar()) return net::parseCidr(value.text());
  if (value.isFunction(Function::GetAtt)) {
    const Value& argument = *value.functionCall().argument;
    if (!argument.isSequence() || argument.sequence().size() != 2 ||
        argument.sequence()[1].text() != "CidrBlock") {
      return std::nullopt;
    }
    const Resource* vpc = context.resource(argument.sequence()[0].text());
    if (!vpc || vpc->type != "AWS::EC2::VPC") return std::nullopt;
    const Value* block = vpc->property("CidrBlock");
    return block ? evaluate(context, *block, depth + 1) : std::nullopt;
  }
  if (value.isFunction(Function::Select)) {
    const Value& argument = *value.functionCall().argument;
    if (!argument.isSequence() || argument.sequence().size() != 2) return std::nullopt;
    std::optional<long> index = integerValue(&argument.sequence()[0]);
    auto list = evaluateList(context, argument.sequence()[1], depth + 1);
    if (!index || !list || *index < 0 || static_cast<std::size_t>(*index) >= list->size()) {
      return std::nullopt;
    }
    return (*list)[static_cast<std::size_t>(*index)];
  }
  return std::nullopt;
}

}  // namespace

std::optional<long> integerValue(const Value* value) {
  if (!value || !value->isScalar()) return std::nullopt;
  std::string_view text = value->text();
  long result = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return result;
}

std::optional<bool> literalBoolean(const Value* value) {
  if (!value || !value->isScalar()) return std::nullopt;
  const std::string_view text = value->text();
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  return std::nullopt;
}

bool isLiteralTrue(const Value* value) { return literalBoolean(value) == true; }

const Value* referencedParameter(const LintContext& context, const Value& value) {
  if (!value.isFunction(Function::Ref)) return nullptr;
  const Mapping* parameters = context.section("Parameters");
  return parameters ? parameters->find(value.functionCall().argument->text()) : nullptr;
}

std::optional<net::Cidr> evaluateCidr(const LintContext& context, const Value& value) {
  return evaluate(context, value, 0);
}

ResourceList referencedResources(const LintContext& context, const Value* value) {
  ResourceList list;
  if (!value) return list;
  const auto addOne = [&](const Value& item) {
    if (const Resource* resource = context.referencedResource(item)) {
      list.resources.push_back(resource);
    } else {
      list.complete = false;
    }
  };
  if (value->isSequence()) {
    for (const Value& item : value->sequence()) addOne(item);
  } else {
    addOne(*value);
  }
  return list;
}

}  // namespace vpcsynth::lint
