"""Runs the function that synth writes inline, lib/synth/handlers/probe.py (in this process) and
probe.js (with node), against a moto_server on loopback for the credentials step (a parameter, a
secret, a Redshift cluster's credentials) and local sockets standing in for the cluster: a
listener (ok), a bound port that does not listen (refused) and a listener whose accept queue is
full, so the kernel drops the handshake (timeout). Checks each report's fields, that the call
ends before the function's timeout, and that no password or secret appears in the report or the
function's output.

Node.js needs the AWS SDK v3 clients the Lambda runtime ships; the test installs them with npm
into $VPCSYNTH_TOOLS_DIR/aws-sdk (default ~/.cache/vpcsynth/tools) when they are missing, and
skips the Node.js cases, saying why, when node or npm cannot provide them.
"""
import contextlib
import http.server
import importlib.util
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from moto_server import MotoServer  # noqa: E402

HANDLERS = os.path.join(harness.SOURCE_DIR, "lib", "synth", "handlers")
TOOLS_DIR = os.environ.get("VPCSYNTH_TOOLS_DIR",
                           os.path.join(os.path.expanduser("~"), ".cache", "vpcsynth", "tools"))
SDK_DIR = os.path.join(TOOLS_DIR, "aws-sdk")
# The clients the Lambda Node.js runtimes ship, pinned so that a run is repeatable.
SDK_PACKAGES = ("@aws-sdk/client-ssm@3.1169.0", "@aws-sdk/client-redshift@3.1169.0",
                "@aws-sdk/client-secrets-manager@3.1164.0",
                "@aws-sdk/client-redshift-serverless@3.1169.0")
PARAMETER = "/probe/redshift/master-password"
PARAMETER_VALUE = "Parameter-Value-never-shown-1"
SECRET_VALUE = '{"username":"admin","password":"Secret-Value-never-shown-2"}'
CLUSTER = "probe-cluster"
MODES = {
    "password": ("REDSHIFT_PASSWORD_PARAMETER", "ssm"),
    "iam": ("REDSHIFT_CLUSTER_IDENTIFIER", "redshift"),
    "managed-secret": ("REDSHIFT_SECRET_ARN", "secretsmanager"),
}
SERVER = None  # the module's moto_server, with the three credentials created
SECRET_ARN = None


def setUpModule():
    global SERVER, SECRET_ARN
    scratch = tempfile.mkdtemp(prefix="vpcsynth-probe-")
    unittest.addModuleCleanup(shutil.rmtree, scratch, ignore_errors=True)
    SERVER = MotoServer(scratch)
    unittest.addModuleCleanup(SERVER.stop)
    session = boto3.session.Session(region_name="us-east-1", aws_access_key_id="testing",
                                    aws_secret_access_key="testing")
    client = lambda service: session.client(service, endpoint_url=SERVER.endpoint)  # noqa: E731
    client("ssm").put_parameter(Name=PARAMETER, Type="SecureString", Value=PARAMETER_VALUE)
    SECRET_ARN = client("secretsmanager").create_secret(Name="probe-master",
                                                        SecretString=SECRET_VALUE)["ARN"]
    client("redshift").create_cluster(ClusterIdentifier=CLUSTER, NodeType="ra3.xlplus",
                                      ClusterType="single-node", MasterUsername="admin",
                                      MasterUserPassword="Cluster-Passw0rd", DBName="dev")
    # A user without policies: its requests are denied once IAM checks are on.
    iam = client("iam")
    iam.create_user(UserName="no-permissions")
    SERVER.denied_key = iam.create_access_key(UserName="no-permissions")["AccessKey"]


class Sockets:
    """Local stand-ins for the cluster's address, closed when the test ends."""

    def __init__(self, test):
        self.test = test

    def _socket(self):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.test.addCleanup(sock.close)
        sock.bind(("127.0.0.1", 0))
        return sock, sock.getsockname()[1]

    def listening(self):
        """A port that completes the handshake (the kernel accepts into a large queue)."""
        sock, port = self._socket()
        sock.listen(16)
        return port

    def refusing(self):
        """A bound port that does not listen: a connection gets a reset."""
        return self._socket()[1]

    def silent(self):
        """A port that never completes a handshake: its accept queue (one connection for a
        backlog of 0 on Linux) is filled first, so the kernel drops every later SYN."""
        sock, port = self._socket()
        sock.listen(0)
        for _ in range(8):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self.test.addCleanup(filler.close)
            filler.settimeout(0.3)
            try:
                filler.connect(("127.0.0.1", port))
            except socket.timeout:
                return port
        self.test.fail("could not fill the listener's accept queue")


class ProbeScenarios:
    """The scenarios, run by each handler; a subclass defines invoke(env, timeout_ms), which
    returns (report, everything the function printed)."""

    def environment(self, mode, port, **overrides):
        variable = MODES[mode][0]
        value = {"password": PARAMETER, "iam": CLUSTER, "managed-secret": SECRET_ARN}[mode]
        env = dict(SERVER.environment(), AWS_REGION="us-east-1", REDSHIFT_HOST="127.0.0.1",
                   REDSHIFT_PORT=str(port), REDSHIFT_DATABASE="dev", REDSHIFT_USER="admin")
        env[variable] = value
        env.update(overrides)
        return env

    def probe(self, mode, port, timeout_ms=10000, service=None, **overrides):
        start = time.monotonic()
        report, output = self.invoke(self.environment(mode, port, **overrides), timeout_ms)
        elapsed_ms = (time.monotonic() - start) * 1000
        self.assertLess(elapsed_ms, timeout_ms, "the call outlived the function's timeout")
        for value in (PARAMETER_VALUE, SECRET_VALUE, "Secret-Value-never-shown", "DbPassword"):
            self.assertNotIn(value, json.dumps(report))
            self.assertNotIn(value, output)
        self.assertNotIn("Traceback", output)
        self.assertEqual(set(report), {"cluster", "credentials", "ok"})
        self.assertEqual(report["cluster"]["target"], f"127.0.0.1:{port}")
        self.assertEqual(report["credentials"]["mode"], mode)
        self.assertEqual(report["credentials"]["service"], service or MODES[mode][1])
        for hop in ("cluster", "credentials"):
            self.assertIsInstance(report[hop]["ms"], int)
        return report

    def test_every_mode_reaches_the_cluster_and_its_credentials(self):
        port = Sockets(self).listening()
        for mode in MODES:
            with self.subTest(mode=mode):
                report = self.probe(mode, port)
                self.assertEqual(report["cluster"]["result"], "ok")
                self.assertEqual(report["credentials"]["result"], "ok", report)
                self.assertNotIn("detail", report["credentials"])
                self.assertIs(report["ok"], True)

    def test_a_workgroup_takes_its_credentials_from_redshift_serverless(self):
        # moto 5.2 has no Redshift Serverless API: a local stub answers GetCredentials and
        # records what the handler asked.
        stub = ServerlessStub(self)
        report = self.probe("iam", Sockets(self).listening(), service="redshift-serverless",
                            REDSHIFT_CLUSTER_IDENTIFIER="", REDSHIFT_WORKGROUP_NAME="analytics",
                            AWS_ENDPOINT_URL_REDSHIFT_SERVERLESS=stub.endpoint)
        self.assertEqual(report["credentials"]["result"], "ok", report)
        self.assertEqual(stub.requests, [("RedshiftServerless.GetCredentials",
                                          {"workgroupName": "analytics", "dbName": "dev"})])

    def test_a_closed_port_is_refused(self):
        report = self.probe("password", Sockets(self).refusing())
        self.assertEqual(report["cluster"]["result"], "refused")
        self.assertEqual(report["credentials"]["result"], "ok")
        self.assertIs(report["ok"], False)

    def test_a_silent_port_times_out_within_the_budget(self):
        report = self.probe("iam", Sockets(self).silent(), timeout_ms=3000)
        self.assertEqual(report["cluster"]["result"], "timeout")
        # Half of what is left after the margin: (3000 - 500) / 2 ms.
        self.assertGreaterEqual(report["cluster"]["ms"], 1000)
        self.assertEqual(report["credentials"]["result"], "ok")

    def test_a_silent_aws_endpoint_times_out_within_the_budget(self):
        sockets = Sockets(self)
        silent_endpoint = f"http://127.0.0.1:{sockets.silent()}"
        report = self.probe("password", sockets.listening(), timeout_ms=3000,
                            AWS_ENDPOINT_URL_SSM=silent_endpoint)
        self.assertEqual(report["cluster"]["result"], "ok")
        self.assertEqual(report["credentials"]["result"], "timeout", report)

    def test_a_missing_parameter_reports_its_error_code(self):
        report = self.probe("password", Sockets(self).listening(),
                            REDSHIFT_PASSWORD_PARAMETER="/probe/missing")
        self.assertEqual(report["credentials"]["result"], "error")
        self.assertEqual(report["credentials"]["detail"], "ParameterNotFound")

    def test_every_mode_is_denied_without_permissions(self):
        port = Sockets(self).listening()
        key = SERVER.denied_key
        SERVER.enforce_iam(True)
        self.addCleanup(SERVER.enforce_iam, False)
        for mode in MODES:
            with self.subTest(mode=mode):
                report = self.probe(mode, port, AWS_ACCESS_KEY_ID=key["AccessKeyId"],
                                    AWS_SECRET_ACCESS_KEY=key["SecretAccessKey"],
                                    AWS_SESSION_TOKEN="")
                self.assertEqual(report["credentials"]["result"], "denied", report)
                self.assertIn("detail", report["credentials"])


class ServerlessStub:
    """A Redshift Serverless API on loopback that answers GetCredentials (AWS JSON 1.1) with a
    password the report must not show, and keeps each request's target and body."""

    def __init__(self, test):
        requests = self.requests = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                requests.append((self.headers.get("X-Amz-Target"), json.loads(body or b"{}")))
                answer = json.dumps({"dbUser": "IAMR:probe", "dbPassword": "DbPassword-stub-1",
                                     "expiration": 4102444800}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-amz-json-1.1")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        test.addCleanup(server.server_close)
        test.addCleanup(server.shutdown)
        self.endpoint = f"http://127.0.0.1:{server.server_address[1]}"


class Context:
    """The part of Lambda's context object the handlers use."""

    def __init__(self, timeout_ms):
        self.deadline = time.monotonic() + timeout_ms / 1000

    def get_remaining_time_in_millis(self):
        return int((self.deadline - time.monotonic()) * 1000)


class PythonHandlerTest(ProbeScenarios, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        sys.dont_write_bytecode = True  # no __pycache__ beside the embedded source
        spec = importlib.util.spec_from_file_location("probe", os.path.join(HANDLERS, "probe.py"))
        cls.module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(cls.module)

    def invoke(self, env, timeout_ms):
        # Each invocation reads the environment afresh, as a new Lambda sandbox would.
        boto3.DEFAULT_SESSION = None
        env = dict(env, PATH=os.environ.get("PATH", ""), HOME=os.environ.get("HOME", "/"))
        env = {name: value for name, value in env.items() if value != ""}
        output = io.StringIO()
        with mock.patch.dict(os.environ, env, clear=True), \
                contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            report = self.module.handler({}, Context(timeout_ms))
        return report, output.getvalue()


NODE_RUNNER = """
const probe = require(process.argv[1]);
const deadline = Date.now() + Number(process.argv[2]);
probe.handler({}, { getRemainingTimeInMillis: () => deadline - Date.now() })
  .then((report) => process.stdout.write("\\nREPORT " + JSON.stringify(report) + "\\n"));
"""


def node_sdk_problem():
    """Why the Node.js handler cannot run here, or None once node and the SDK clients are there."""
    if shutil.which("node") is None:
        return "'node' is not installed"
    modules = os.path.join(SDK_DIR, "node_modules", "@aws-sdk")
    if all(os.path.isdir(os.path.join(modules, p.split("/")[1].rsplit("@", 1)[0]))
           for p in SDK_PACKAGES):
        return None
    if shutil.which("npm") is None:
        return f"the AWS SDK v3 clients are not in {SDK_DIR} and 'npm' is not installed"
    os.makedirs(SDK_DIR, exist_ok=True)
    result = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--no-save",
                             "--ignore-scripts", "--prefix", SDK_DIR, *SDK_PACKAGES],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        return f"npm could not install the AWS SDK v3 clients: {result.stderr.strip()[-300:]}"
    return None


class NodeHandlerTest(ProbeScenarios, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        problem = node_sdk_problem()
        if problem:
            raise unittest.SkipTest(f"the Node.js handler is not run: {problem}")

    def invoke(self, env, timeout_ms):
        env = dict(env, PATH=os.environ.get("PATH", ""),
                   NODE_PATH=os.path.join(SDK_DIR, "node_modules"))
        env = {name: value for name, value in env.items() if value != ""}
        result = subprocess.run(["node", "-e", NODE_RUNNER, os.path.join(HANDLERS, "probe.js"),
                                 str(timeout_ms)], capture_output=True, text=True, env=env,
                                timeout=60)
        output = result.stdout + result.stderr
        self.assertEqual(result.returncode, 0, output)
        reports = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
        self.assertEqual(len(reports), 1, output)
        return json.loads(reports[0][len("REPORT "):]), output


if __name__ == "__main__":
    harness.require_tool("moto_server", "the probe tests need a local AWS emulator")
    try:
        import boto3
    except ImportError:
        print("SKIP: boto3 is not installed; the probe tests run the Python handler with it",
              file=sys.stderr)
        sys.exit(harness.SKIP)
    unittest.main(verbosity=2)
