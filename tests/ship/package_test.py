"""The release files and the Debian package, made from the static binary this build tree links
(cmake/StaticBinary.cmake): the binary runs under `env -i`, needs no dynamic loader, is
stripped and matches SHA256SUMS; the package has the expected control fields and files, and its
extracted binary runs. CPack writes the package into a scratch folder, from the files the build
already made, so this compiles nothing. Labelled `package`."""
import hashlib
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import BINARY, SOURCE_DIR, run  # noqa: E402

RELEASE_DIR = os.environ.get("VPCSYNTH_RELEASE_DIR", "")
RELEASE_NAME = os.environ.get("VPCSYNTH_RELEASE_NAME", "")
CPACK_CONFIG = os.environ.get("VPCSYNTH_CPACK_CONFIG", "")
VERSION = re.search(r"project\(vpcsynth VERSION (\S+)",
                    open(os.path.join(SOURCE_DIR, "CMakeLists.txt"), encoding="utf-8").read()).group(1)
TEMPLATE = os.path.join(SOURCE_DIR, "templates", "nat-egress.yaml")


def run_bare(binary, *args, cwd=None):
    """Runs `binary` with an empty environment, as `env -i` does."""
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=60, env={}, cwd=cwd)


def program_headers(binary):
    return subprocess.run(["readelf", "--program-headers", "--wide", binary], capture_output=True,
                          text=True, timeout=60).stdout


class ReleaseFilesTest(harness.ScratchDirTestCase):
    def setUp(self):
        super().setUp()
        self.binary = os.path.join(RELEASE_DIR, RELEASE_NAME)
        self.assertTrue(os.path.isfile(self.binary), f"{self.binary}: build the vpcsynth_release target")

    def test_name_has_the_version_and_architecture(self):
        self.assertEqual(RELEASE_NAME, f"vpcsynth-{VERSION}-linux-{os.uname().machine}")

    def test_sha256sums_matches(self):
        with open(self.binary, "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()
        with open(os.path.join(RELEASE_DIR, "SHA256SUMS"), encoding="utf-8") as handle:
            self.assertEqual(handle.read(), f"{digest}  {RELEASE_NAME}\n")
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=RELEASE_DIR, capture_output=True,
                               text=True, timeout=60)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    def test_static_and_stripped(self):
        harness.require_tool("readelf", "it reads the binary's ELF headers (binutils)")
        self.assertNotIn("INTERP", program_headers(self.binary))  # no dynamic loader
        self.assertNotIn("DYNAMIC", program_headers(self.binary))
        sections = subprocess.run(["readelf", "--section-headers", "--wide", self.binary],
                                  capture_output=True, text=True, timeout=60).stdout
        self.assertNotIn(".symtab", sections)

    def test_runs_with_an_empty_environment(self):
        version = run_bare(self.binary, "--version")
        self.assertEqual(version.returncode, 0, version.stderr)
        self.assertIn("build: ", version.stdout)
        self.assertIn("(static)", version.stdout)
        self.assertEqual(version.stdout.splitlines()[1:], run("--version").stdout.replace("(dynamic)", "(static)").splitlines()[1:])
        # Same output as the dynamic binary the other tests check.
        for args in (["synth"], ["synth", "--variant", "private-only", "--format", "json"],
                     ["lint", "--format", "json", TEMPLATE], ["diff", "private-only", "nat-egress"]):
            static = run_bare(self.binary, *args, cwd=SOURCE_DIR)
            dynamic = subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=60,
                                     cwd=SOURCE_DIR, env={})
            self.assertEqual((static.returncode, static.stdout), (dynamic.returncode, dynamic.stdout), args)


class DebianPackageTest(harness.ScratchDirTestCase):
    @classmethod
    def setUpClass(cls):
        harness.require_tool("dpkg-deb", "it reads the Debian package")
        harness.require_tool("cpack", "it makes the Debian package")
        cls.out = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"vpcsynth-package-{os.getpid()}")
        result = subprocess.run(["cpack", "--config", CPACK_CONFIG, "-B", cls.out], capture_output=True,
                                text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
        cls.deb = os.path.join(cls.out, f"vpcsynth_{VERSION}_{arch}.deb")
        cls.arch = arch

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def dpkg_deb(self, *args):
        result = subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_control_fields(self):
        fields = dict(re.findall(r"^ ([A-Za-z-]+): (.*)$", self.dpkg_deb("--info", self.deb), re.MULTILINE))
        self.assertEqual(fields["Package"], "vpcsynth")
        self.assertEqual(fields["Version"], VERSION)
        self.assertEqual(fields["Architecture"], self.arch)
        self.assertEqual(fields["Section"], "devel")
        self.assertNotIn("Depends", fields)  # a static binary
        self.assertIn("Maintainer", fields)

    def test_contents(self):
        listed = {line.split()[-1].lstrip(".") for line in self.dpkg_deb("--contents", self.deb).splitlines()}
        for path in ("/usr/bin/vpcsynth", "/usr/share/man/man1/vpcsynth.1.gz",
                     "/usr/share/bash-completion/completions/vpcsynth",
                     "/usr/share/zsh/vendor-completions/_vpcsynth",
                     "/usr/share/fish/vendor_completions.d/vpcsynth.fish",
                     "/usr/share/doc/vpcsynth/copyright", "/usr/share/doc/vpcsynth/README.md",
                     "/usr/share/doc/vpcsynth/docs/exit-codes.md", "/usr/share/doc/vpcsynth/docs/rules/S0001.md"):
            self.assertIn(path, listed)
        self.assertFalse([p for p in listed if p.startswith("/usr/include") or p.endswith(".a")])
        # Every file the documentation links to is there: no empty folder.
        examples = [p for p in listed if p.startswith("/usr/share/doc/vpcsynth/docs/examples/")]
        self.assertEqual(len(examples) - 1, len(os.listdir(os.path.join(SOURCE_DIR, "docs", "examples"))))

    def test_extracted_tree_works(self):
        tree = os.path.join(self.scratch, "root")
        self.dpkg_deb("-x", self.deb, tree)
        binary = os.path.join(tree, "usr", "bin", "vpcsynth")
        version = run_bare(binary, "--version")
        self.assertEqual(version.returncode, 0, version.stderr)
        self.assertIn("(static)", version.stdout)
        lint = run_bare(binary, "lint", TEMPLATE)
        self.assertEqual(lint.returncode, 0, lint.stdout + lint.stderr)
        # The shipped completions are what the binary writes; the man page is the built one.
        for shell, path in (("bash", "usr/share/bash-completion/completions/vpcsynth"),
                            ("zsh", "usr/share/zsh/vendor-completions/_vpcsynth"),
                            ("fish", "usr/share/fish/vendor_completions.d/vpcsynth.fish")):
            with open(os.path.join(tree, path), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), run_bare(binary, "completion", shell).stdout, shell)
        man = subprocess.run(["gzip", "-dc", os.path.join(tree, "usr/share/man/man1/vpcsynth.1.gz")],
                             capture_output=True, text=True, timeout=60).stdout
        self.assertIn(".TH VPCSYNTH 1", man)
        with open(os.path.join(SOURCE_DIR, "LICENSE"), encoding="utf-8") as license_file, \
                open(os.path.join(tree, "usr/share/doc/vpcsynth/copyright"), encoding="utf-8") as copyright_file:
            self.assertEqual(license_file.read(), copyright_file.read())


if __name__ == "__main__":
    harness.main()
