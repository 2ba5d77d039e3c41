#include "lint/arn_forms.h"

#include <algorithm>
#include <array>

#include "text/ascii.h"

namespace vpcsynth::lint {
namespace {

// The resource form each action's requests carry, from the Service Authorization Reference's
// resource types: a request is allowed only by a `Resource` that matches an ARN of that form.
struct ActionForm {
  std::string_view action;   // lower case
  std::string_view service;  // the ARN's service field
  /// The resource part starts with one of these (empty: an unused slot); "bucket/key" means an
  /// S3 object (a bucket name, a slash, a key).
  std::array<std::string_view, 3> prefixes;
  std::string_view form;  // for messages
};

constexpr std::string_view kObject = "bucket/key";

constexpr std::array<ActionForm, 31> kForms = {{
    {"ssm:getparameter", "ssm", {"parameter/"}, "parameter/NAME"},
    {"ssm:getparameters", "ssm", {"parameter/"}, "parameter/NAME"},
    {"ssm:getparametersbypath", "ssm", {"parameter/"}, "parameter/PATH"},
    {"ssm:getparameterhistory", "ssm", {"parameter/"}, "parameter/NAME"},
    {"ssm:putparameter", "ssm", {"parameter/"}, "parameter/NAME"},
    {"ssm:deleteparameter", "ssm", {"parameter/"}, "parameter/NAME"},
    {"secretsmanager:getsecretvalue", "secretsmanager", {"secret:"}, "secret:NAME-SUFFIX"},
    {"secretsmanager:describesecret", "secretsmanager", {"secret:"}, "secret:NAME-SUFFIX"},
    {"secretsmanager:putsecretvalue", "secretsmanager", {"secret:"}, "secret:NAME-SUFFIX"},
    {"redshift:getclustercredentials",
     "redshift",
     {"dbuser:", "dbname:", "dbgroup:"},
     "dbuser:CLUSTER/USER, dbname:CLUSTER/DATABASE"},
    {"redshift:getclustercredentialswithiam", "redshift", {"dbname:"}, "dbname:CLUSTER/DATABASE"},
    {"redshift-serverless:getcredentials", "redshift-serverless", {"workgroup/"}, "workgroup/ID"},
    {"kms:decrypt", "kms", {"key/"}, "key/KEY-ID (an alias ARN does not authorize it)"},
    {"kms:encrypt", "kms", {"key/"}, "key/KEY-ID (an alias ARN does not authorize it)"},
    {"kms:generatedatakey", "kms", {"key/"}, "key/KEY-ID (an alias ARN does not authorize it)"},
    {"kms:generatedatakeywithoutplaintext",
     "kms",
     {"key/"},
     "key/KEY-ID (an alias ARN does not authorize it)"},
    {"kms:reencryptfrom", "kms", {"key/"}, "key/KEY-ID (an alias ARN does not authorize it)"},
    {"kms:reencryptto", "kms", {"key/"}, "key/KEY-ID (an alias ARN does not authorize it)"},
    {"s3:getobject", "s3", {kObject}, "BUCKET/KEY"},
    {"s3:getobjectversion", "s3", {kObject}, "BUCKET/KEY"},
    {"s3:putobject", "s3", {kObject}, "BUCKET/KEY"},
    {"s3:deleteobject", "s3", {kObject}, "BUCKET/KEY"},
    {"dynamodb:getitem", "dynamodb", {"table/"}, "table/NAME"},
    {"dynamodb:putitem", "dynamodb", {"table/"}, "table/NAME"},
    {"dynamodb:updateitem", "dynamodb", {"table/"}, "table/NAME"},
    {"dynamodb:deleteitem", "dynamodb", {"table/"}, "table/NAME"},
    {"dynamodb:query", "dynamodb", {"table/"}, "table/NAME"},
    {"dynamodb:scan", "dynamodb", {"table/"}, "table/NAME"},
    {"dynamodb:batchgetitem", "dynamodb", {"table/"}, "table/NAME"},
    {"dynamodb:batchwriteitem", "dynamodb", {"table/"}, "table/NAME"},
    {"lambda:invokefunction", "lambda", {"function:"}, "function:NAME"},
}};

// What `Ref` gives for the types whose `Ref` is not an ARN (from each type's reference page).
struct RefValue {
  std::string_view type;
  std::string_view gives;
};
constexpr std::array<RefValue, 9> kRefNotArn = {{
    {"AWS::SSM::Parameter", "the parameter's name"},
    {"AWS::KMS::Key", "the key's ID"},
    {"AWS::KMS::Alias", "the alias name"},
    {"AWS::S3::Bucket", "the bucket's name"},
    {"AWS::DynamoDB::Table", "the table's name"},
    {"AWS::Lambda::Function", "the function's name"},
    {"AWS::SQS::Queue", "the queue's URL"},
    {"AWS::Redshift::Cluster", "the cluster's identifier"},
    {"AWS::IAM::Role", "the role's name"},
}};

// The ARNs that `!GetAtt X.Attribute` (or `!Ref X`) of a template resource gives.
struct ArnAttribute {
  std::string_view type;
  std::string_view attribute;  // empty: `Ref`
  std::string_view service;
  std::string_view resource;  // a representative resource part
};
constexpr std::array<ArnAttribute, 9> kArnAttributes = {{
    {"AWS::SecretsManager::Secret", "", "secretsmanager", "secret:*"},
    {"AWS::Redshift::Cluster", "MasterPasswordSecretArn", "secretsmanager", "secret:*"},
    {"AWS::KMS::Key", "Arn", "kms", "key/*"},
    {"AWS::S3::Bucket", "Arn", "s3", "*"},
    {"AWS::DynamoDB::Table", "Arn", "dynamodb", "table/*"},
    {"AWS::Lambda::Function", "Arn", "lambda", "function:*"},
    {"AWS::SQS::Queue", "Arn", "sqs", "*"},
    {"AWS::SNS::Topic", "", "sns", "*"},
    {"AWS::KMS::Alias", "", "", ""},
}};

const ActionForm* formOf(std::string_view action) {
  const std::string key = asciiLowercase(action);
  for (const ActionForm& form : kForms) {
    if (form.action == key) return &form;
  }
  return nullptr;
}

// The literal start of a pattern: up to its first wildcard or variable.
std::string_view literalStart(std::string_view pattern) {
  return pattern.substr(0, std::min(pattern.find_first_of("*?"), pattern.find("${")));
}

bool isLiteral(std::string_view pattern) { return literalStart(pattern).size() == pattern.size(); }

// The next ':' of `text` from `start` that is not inside a `${...}` variable (whose names, such as
// `AWS::Partition`, hold colons of their own).
std::size_t nextColon(std::string_view text, std::size_t start) {
  for (std::size_t at = start; at < text.size(); ++at) {
    if (text.compare(at, 2, "${") == 0) {
      at = text.find('}', at);
      if (at == std::string_view::npos) return at;
    } else if (text[at] == ':') {
      return at;
    }
  }
  return std::string_view::npos;
}

// Splits an ARN text into service and resource; false when it is not of the ARN shape.
bool splitArn(std::string_view text, ResourceArn& arn) {
  if (!text.starts_with("arn:")) return false;
  std::size_t start = 4;
  std::array<std::string_view, 4> fields;  // partition, service, region, account
  for (std::string_view& field : fields) {
    const std::size_t colon = nextColon(text, start);
    if (colon == std::string_view::npos) return false;
    field = text.substr(start, colon - start);
    start = colon + 1;
  }
  arn.kind = ResourceArn::Kind::Arn;
  arn.service = std::string(fields[1]);
  arn.resource = std::string(text.substr(start));
  return true;
}

// One pattern of a `Resource` against one of the forms an action takes.
std::optional<bool> matchesPrefix(std::string_view resource, std::string_view prefix) {
  if (prefix == kObject) {
    if (resource.find('/') != std::string_view::npos) return true;
    return isLiteral(resource) ? std::optional<bool>(false) : std::nullopt;
  }
  if (resource.starts_with(prefix)) return true;
  const std::string_view start = literalStart(resource);
  if (start.size() < resource.size() && prefix.starts_with(start)) return std::nullopt;
  return false;
}

// A `Fn::Sub` text with each `${X}` that names an SSM parameter of the template with a literal
// `Name` replaced by that name (what `Ref` gives), so that a path joined to `parameter/` shows.
std::string substituteParameterNames(const LintContext& context, std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t open = text.find("${", at);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out += text.substr(at);
      break;
    }
    out += text.substr(at, open - at);
    const std::string_view variable = text.substr(open + 2, close - open - 2);
    const Resource* named = context.resource(variable);
    const Value* name =
        named && named->type == "AWS::SSM::Parameter" ? named->property("Name") : nullptr;
    out += name && name->isScalar() ? name->text() : text.substr(open, close - open + 1);
    at = close + 1;
  }
  return out;
}

}  // namespace

ResourceArn resourceArn(const LintContext& context, const Value& element) {
  ResourceArn arn;
  const Value* text = &element;
  std::string substituted;
  if (element.isFunction(Function::Sub)) {
    text = element.functionCall().argument.get();
    if (text && text->isSequence() && !text->sequence().empty()) text = &text->sequence().front();
    if (!text || !text->isScalar()) return arn;
    substituted = substituteParameterNames(context, text->text());
    if (!splitArn(substituted, arn)) return arn;
    if (!isLiteral(arn.service)) arn.kind = ResourceArn::Kind::Unknown;
    return arn;
  } else if (element.isFunction(Function::Ref) || element.isFunction(Function::GetAtt)) {
    const Resource* target = context.referencedResource(element);
    if (!target) return arn;
    const bool isRef = element.isFunction(Function::Ref);
    std::string_view attribute;
    if (!isRef) {
      const Value* argument = element.functionCall().argument.get();
      if (argument && argument->isSequence() && argument->sequence().size() == 2 &&
          argument->sequence()[1].isScalar()) {
        attribute = argument->sequence()[1].text();
      } else if (argument && argument->isScalar()) {
        const std::string_view dotted = argument->text();
        attribute = dotted.substr(std::min(dotted.find('.') + 1, dotted.size()));
      }
    }
    if (isRef) {
      for (const RefValue& ref : kRefNotArn) {
        if (ref.type == target->type) return {ResourceArn::Kind::NotAnArn, {}, {}, ref.gives};
      }
    }
    for (const ArnAttribute& known : kArnAttributes) {
      if (known.type == target->type && known.attribute == attribute && !known.service.empty()) {
        return {
            ResourceArn::Kind::Arn, std::string(known.service), std::string(known.resource), {}};
      }
    }
    return arn;
  }
  if (!text || !text->isScalar() || text->text() == "*") return arn;
  if (!splitArn(text->text(), arn)) return arn;
  // A variable in the service field could be any service.
  if (!isLiteral(arn.service)) arn.kind = ResourceArn::Kind::Unknown;
  return arn;
}

std::optional<bool> actionTakesArn(std::string_view action, const ResourceArn& arn) {
  if (arn.kind == ResourceArn::Kind::Unknown) return std::nullopt;
  if (arn.kind == ResourceArn::Kind::NotAnArn) return false;
  // An action's requests carry ARNs of its own resource types, which are not always of the
  // action's own prefix (the Redshift Data API acts on `redshift` clusters): only the table says.
  const ActionForm* form = formOf(action);
  if (!form) return std::nullopt;
  if (!isLiteral(arn.service)) return std::nullopt;
  if (asciiLowercase(arn.service) != form->service) return false;
  bool maybe = false;
  for (std::string_view accepted : form->prefixes) {
    if (accepted.empty()) continue;  // an unused slot
    const std::optional<bool> match = matchesPrefix(arn.resource, accepted);
    if (match == true) return true;
    if (!match) maybe = true;
  }
  return maybe ? std::nullopt : std::optional<bool>(false);
}

std::string_view resourceFormOf(std::string_view action) {
  const ActionForm* form = formOf(action);
  return form ? form->form : std::string_view();
}

}  // namespace vpcsynth::lint
