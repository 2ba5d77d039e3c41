#include "diff/cost_section.h"
#include "diff/diff_report.h"
#include "diff/json_out.h"
#include "spec/resource_spec.h"

namespace vpcsynth {
namespace {

std::string_view updateTypeName(UpdateType updateType) {
  switch (updateType) {
    case UpdateType::Mutable: return "Mutable";
    case UpdateType::Immutable: return "Immutable";
    case UpdateType::Conditional: return "Conditional";
    case UpdateType::Unknown: break;
  }
  return "Unknown";
}

void writeValueChange(JsonOut& json, const ValueChange& change, bool resourceProperty) {
  json.beginObject();
  json.key("path");
  json.string(pathText(change.path));
  json.key("change");
  json.string(changeKindName(change.kind));
  if (resourceProperty) {
    json.key("attribute");
    json.boolean(change.attribute);
    if (!change.attribute) {
      json.key("updateType");
      json.string(updateTypeName(change.updateType));
    }
    json.key("impact");
    json.string(impactName(change.impact));
  }
  if (!change.replacedReference.empty()) {
    json.key("replacedReference");
    json.string(change.replacedReference);
  }
  if (change.oldValue) {
    json.key("old");
    json.value(*change.oldValue);
  }
  if (change.newValue) {
    json.key("new");
    json.value(*change.newValue);
  }
  json.endObject();
}

void writeCounts(JsonOut& json, const DiffCounts& counts) {
  json.key("summary");
  json.beginObject();
  const std::pair<std::string_view, std::size_t> fields[] = {
      {"resourcesAdded", counts.resourcesAdded},
      {"resourcesRemoved", counts.resourcesRemoved},
      {"resourcesModified", counts.resourcesModified},
      {"replaced", counts.replaced},
      {"mayBeReplaced", counts.mayBeReplaced},
      {"destructive", counts.destructive},
      {"broadening", counts.broadening},
      {"narrowing", counts.narrowing},
      {"otherChanges", counts.otherChanges}};
  for (const auto& [name, count] : fields) {
    json.key(name);
    json.number(count);
  }
  json.endObject();
}

void writeResources(JsonOut& json, const TemplateDiff& diff) {
  json.key("resources");
  json.beginArray();
  for (const ResourceChange& change : diff.resources) {
    json.beginObject();
    json.key("logicalId");
    json.string(change.logicalId);
    json.key("type");
    json.string(change.type());
    if (change.kind == ChangeKind::Modified && change.oldType != change.newType) {
      json.key("oldType");
      json.string(change.oldType);
    }
    json.key("change");
    json.string(changeKindName(change.kind));
    json.key("impact");
    json.string(impactName(change.impact));
    json.key("destructive");
    json.boolean(change.destructive);
    json.key("changes");
    json.beginArray();
    for (const ValueChange& property : change.changes) writeValueChange(json, property, true);
    json.endArray();
    json.endObject();
  }
  json.endArray();
}

void writeSections(JsonOut& json, const TemplateDiff& diff) {
  json.key("sections");
  json.beginArray();
  for (const SectionEntryChange& change : diff.sections) {
    json.beginObject();
    json.key("section");
    json.string(change.section);
    if (!change.name.empty()) {
      json.key("name");
      json.string(change.name);
    }
    json.key("change");
    json.string(changeKindName(change.kind));
    if (change.kind == ChangeKind::Modified && !change.name.empty()) {
      json.key("changes");
      json.beginArray();
      for (const ValueChange& inner : change.changes) writeValueChange(json, inner, false);
      json.endArray();
    } else {
      if (change.oldValue) {
        json.key("old");
        json.value(*change.oldValue);
      }
      if (change.newValue) {
        json.key("new");
        json.value(*change.newValue);
      }
    }
    json.endObject();
  }
  json.endArray();
}

void writeFields(JsonOut& json,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  for (const auto& [name, text] : fields) {
    json.key(name);
    json.string(text);
  }
}

void writeSecurity(JsonOut& json, const SecurityChanges& security) {
  json.key("security");
  json.beginObject();
  json.key("securityGroupRules");
  json.beginArray();
  for (const SecurityGroupRuleChange& change : security.rules) {
    const SecurityGroupRule& rule = change.rule;
    json.beginObject();
    writeFields(json, {{"change", change.added ? "added" : "removed"},
                       {"access", accessName(change.access)},
                       {"group", rule.group},
                       {"direction", rule.direction},
                       {"protocol", rule.protocol},
                       {"ports", rule.ports},
                       {"peer", rule.peer},
                       {"declaredBy", rule.source}});
    json.endObject();
  }
  json.endArray();
  json.key("iamStatements");
  json.beginArray();
  for (const IamStatementChange& change : security.statements) {
    const IamStatement& statement = change.statement;
    json.beginObject();
    writeFields(json, {{"change", change.added ? "added" : "removed"},
                       {"access", accessName(change.access)},
                       {"declaredBy", statement.source},
                       {"effect", statement.effect},
                       {"actions", statement.actions},
                       {"resources", statement.resources},
                       {"principal", statement.principal},
                       {"condition", statement.condition}});
    json.endObject();
  }
  json.endArray();
  json.endObject();
}

}  // namespace

std::string renderDiffJson(const TemplateDiff& diff, const DiffReportOptions& options) {
  JsonOut json;
  json.beginObject();
  json.key("old");
  json.string(options.oldName);
  json.key("new");
  json.string(options.newName);
  json.key("resourceData");
  json.string(resourceSpecDescription());
  json.key("differences");
  json.boolean(!diff.empty());
  writeCounts(json, countChanges(diff));
  if (!options.summaryOnly) {
    if (options.cost != nullptr) writeCostJson(json, *options.cost);
    writeResources(json, diff);
    writeSections(json, diff);
    writeSecurity(json, diff.security);
  }
  json.endObject();
  return json.finish();
}

}  // namespace vpcsynth
