#include "iam/policy_sources.h"

#include <algorithm>
#include <array>

#include "diff/value_text.h"

namespace vpcsynth::iam {
namespace {

// Where each resource type holds a policy document and what the policy applies to. Types not
// listed that have a `PolicyDocument` count as resource policies of themselves (see
// documentSource).
struct DocumentSource {
  std::string_view type;
  std::string_view document;
  PolicyKind kind;
  std::string_view name;
  std::array<std::string_view, 3> subjects;  // properties naming them; none: the owner itself
  bool ownerIsSubject;
};

constexpr std::array<DocumentSource, 19> kDocumentSources = {{
    {"AWS::IAM::Policy",
     "PolicyDocument",
     PolicyKind::Identity,
     "",
     {"Roles", "Users", "Groups"},
     false},
    // A managed policy may also be attached elsewhere, through `ManagedPolicyArns: [!Ref It]`.
    {"AWS::IAM::ManagedPolicy",
     "PolicyDocument",
     PolicyKind::Identity,
     "",
     {"Roles", "Users", "Groups"},
     true},
    {"AWS::IAM::RolePolicy", "PolicyDocument", PolicyKind::Identity, "", {"RoleName"}, false},
    {"AWS::IAM::UserPolicy", "PolicyDocument", PolicyKind::Identity, "", {"UserName"}, false},
    {"AWS::IAM::GroupPolicy", "PolicyDocument", PolicyKind::Identity, "", {"GroupName"}, false},
    {"AWS::IAM::Role", "AssumeRolePolicyDocument", PolicyKind::Trust, "trust policy", {}, true},
    {"AWS::S3::BucketPolicy", "PolicyDocument", PolicyKind::Resource, "", {"Bucket"}, false},
    {"AWS::SQS::QueuePolicy", "PolicyDocument", PolicyKind::Resource, "", {"Queues"}, false},
    {"AWS::SQS::QueueInlinePolicy", "PolicyDocument", PolicyKind::Resource, "", {"Queue"}, false},
    {"AWS::SNS::TopicPolicy", "PolicyDocument", PolicyKind::Resource, "", {"Topics"}, false},
    {"AWS::SNS::TopicInlinePolicy",
     "PolicyDocument",
     PolicyKind::Resource,
     "",
     {"TopicArn"},
     false},
    {"AWS::SecretsManager::ResourcePolicy",
     "ResourcePolicy",
     PolicyKind::Resource,
     "",
     {"SecretId"},
     false},
    {"AWS::KMS::Key", "KeyPolicy", PolicyKind::Resource, "key policy", {}, true},
    {"AWS::KMS::ReplicaKey", "KeyPolicy", PolicyKind::Resource, "key policy", {}, true},
    {"AWS::ECR::Repository",
     "RepositoryPolicyText",
     PolicyKind::Resource,
     "repository policy",
     {},
     true},
    {"AWS::OpenSearchService::Domain",
     "AccessPolicies",
     PolicyKind::Resource,
     "access policy",
     {},
     true},
    {"AWS::EFS::FileSystem",
     "FileSystemPolicy",
     PolicyKind::Resource,
     "file system policy",
     {},
     true},
    {"AWS::S3::AccessPoint", "Policy", PolicyKind::Resource, "access point policy", {}, true},
    {"AWS::ApiGateway::RestApi", "Policy", PolicyKind::Resource, "API policy", {}, true},
}};

const DocumentSource& documentSource(std::string_view type) {
  static constexpr DocumentSource kOwnPolicy{"",  "PolicyDocument", PolicyKind::Resource, "", {},
                                             true};
  for (const DocumentSource& source : kDocumentSources) {
    if (source.type == type) return source;
  }
  return kOwnPolicy;
}

void addSubjects(const Value* value, std::vector<std::string>& subjects) {
  if (value == nullptr) return;
  if (!value->isSequence()) return subjects.push_back(referenceName(*value));
  for (const Value& item : value->sequence()) subjects.push_back(referenceName(item));
}

Policy policyOf(PolicyKind kind, const MappingEntry& owner, std::string_view type,
                std::string name) {
  Policy policy;
  policy.kind = kind;
  policy.owner = owner.key;
  policy.ownerType = type;
  policy.name = std::move(name);
  return policy;
}

void addDocument(const DocumentSource& source, const MappingEntry& owner, std::string_view type,
                 const Value& properties, std::vector<Policy>& out) {
  const Value* document = properties.find(source.document);
  if (document == nullptr) return;
  Policy policy = policyOf(source.kind, owner, type, std::string(source.name));
  for (std::string_view key : source.subjects) {
    if (!key.empty()) addSubjects(properties.find(key), policy.subjects);
  }
  if (source.ownerIsSubject) policy.subjects.emplace_back(owner.key);
  policy.statements = documentStatements(*document);
  out.push_back(std::move(policy));
}

// Roles, users and groups carry inline policies and attach managed ones by ARN.
void addIdentityPolicies(const MappingEntry& owner, std::string_view type, const Value& properties,
                         std::vector<Policy>& out) {
  if (const Value* policies = properties.find("Policies"); policies && policies->isSequence()) {
    for (const Value& inline_ : policies->sequence()) {
      const Value* document = inline_.find("PolicyDocument");
      if (document == nullptr) continue;
      const Value* name = inline_.find("PolicyName");
      Policy policy = policyOf(PolicyKind::Identity, owner, type,
                               "policy " + (name ? elementText(*name) : std::string()));
      policy.subjects.emplace_back(owner.key);
      policy.statements = documentStatements(*document);
      out.push_back(std::move(policy));
    }
  }
  if (const Value* arns = properties.find("ManagedPolicyArns"); arns && arns->isSequence()) {
    for (const Value& arn : arns->sequence()) {
      Policy policy = policyOf(PolicyKind::AttachedArn, owner, type, "");
      policy.subjects.emplace_back(owner.key);
      Statement attached;
      attached.actions.elements.push_back({"(managed policy)", nullptr, true});
      attached.resources = elementSet(&arn, false);
      attached.principals.negated = true;
      policy.statements.push_back(std::move(attached));
      out.push_back(std::move(policy));
    }
  }
}

void addCondition(const Value& properties, std::string_view property, std::string_view condition,
                  Statement& statement) {
  if (const Value* value = properties.find(property)) {
    statement.conditions.push_back(std::string(condition) + "=" + elementText(*value));
  }
}

// A Lambda permission is one resource-policy statement written as properties; Lambda turns its
// source fields into the conditions below when it adds the statement to the function's policy.
void addLambdaPermission(const MappingEntry& owner, const Value& properties,
                         std::vector<Policy>& out) {
  Policy policy = policyOf(PolicyKind::Resource, owner, "AWS::Lambda::Permission", "");
  addSubjects(properties.find("FunctionName"), policy.subjects);
  Statement statement;
  statement.source = &properties;
  statement.actions = elementSet(properties.find("Action"), false);
  statement.resources = elementSet(properties.find("FunctionName"), false);
  if (const Value* principal = properties.find("Principal")) {
    const std::string text = elementText(*principal);
    const std::string kind = text == "*"                        ? ""
                             : text.ends_with(".amazonaws.com") ? "Service: "
                                                                : "AWS: ";
    statement.principals.elements.push_back({kind + text, principal, principal->isScalar()});
  }
  addCondition(properties, "SourceArn", "ArnLike aws:SourceArn", statement);
  addCondition(properties, "SourceAccount", "StringEquals aws:SourceAccount", statement);
  addCondition(properties, "PrincipalOrgID", "StringEquals aws:PrincipalOrgID", statement);
  addCondition(properties, "FunctionUrlAuthType", "StringEquals lambda:FunctionUrlAuthType",
               statement);
  addCondition(properties, "EventSourceToken", "StringEquals lambda:EventSourceToken", statement);
  std::sort(statement.conditions.begin(), statement.conditions.end());
  policy.statements.push_back(std::move(statement));
  out.push_back(std::move(policy));
}

}  // namespace

std::vector<std::string_view> documentProperties(std::string_view type) {
  if (type == "AWS::Lambda::Permission") return {};
  return {documentSource(type).document};
}

bool hasInlinePolicies(std::string_view type) {
  return type == "AWS::IAM::Role" || type == "AWS::IAM::User" || type == "AWS::IAM::Group";
}

std::vector<Policy> templatePolicies(const Value& root) {
  std::vector<Policy> policies;
  const Value* resources = root.find("Resources");
  if (resources == nullptr || !resources->isMapping()) return policies;
  for (const MappingEntry& entry : resources->mapping()) {
    const Value* typeValue = entry.value.find("Type");
    const Value* properties = entry.value.find("Properties");
    if (typeValue == nullptr || properties == nullptr) continue;
    const std::string_view type = typeValue->text();
    if (type == "AWS::Lambda::Permission") {
      addLambdaPermission(entry, *properties, policies);
      continue;
    }
    if (hasInlinePolicies(type)) {
      addIdentityPolicies(entry, type, *properties, policies);
    }
    addDocument(documentSource(type), entry, type, *properties, policies);
  }
  return policies;
}

}  // namespace vpcsynth::iam
