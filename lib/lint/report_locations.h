#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/linter.h"

namespace vpcsynth::lint {

// How the CI reports (SARIF, GitLab Code Quality) name a file and recognise a finding from one
// run to the next. Documented in docs/lint.md, "Paths and fingerprints".

/// A linted file as a CI system wants it: relative to the checkout when it is inside it.
struct ReportedPath {
  /// Relative to the root, '/'-separated, without "./"; empty when the file is outside it.
  std::string relative;
  /// The file as written on the command line, made absolute, when it is outside the root.
  std::string absolute;
};

/// Where `fileName` is relative to `root` (an absolute directory, normally the working
/// directory; empty stands for "/"). A relative name that does not climb out with ".." is inside;
/// an absolute one is inside when it starts with the root, compared first as written, then with
/// symbolic links resolved (CI scripts often pass "$PWD/...", and $PWD may name the directory by a
/// link).
ReportedPath reportedPath(std::string_view fileName, std::string_view root);

/// `path` as a URI reference: each byte other than unreserved characters and '/' is
/// percent-encoded.
std::string uriEncodePath(std::string_view path);

/// `message` with every number that follows "line " or "column " replaced by "N", so that a
/// message quoting a position names the same finding after the text above it moves.
std::string withoutPositions(std::string_view message);

/// One fingerprint per finding of a report, in the order of `reports` and their findings: 16
/// hex digits of FNV-1a (64-bit) over the rule ID, the file's reported path, the logical ID of
/// the resource the finding is in, and the message without positions. Line and column do not
/// count, so the fingerprint survives edits elsewhere in the file; when two findings share all
/// four, the second and later ones also hash their ordinal, so that each stays distinct.
std::vector<std::string> findingFingerprints(const std::vector<FileReport>& reports,
                                             std::string_view root);

}  // namespace vpcsynth::lint
