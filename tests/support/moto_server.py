"""A moto_server on loopback for the integration tests (standard library only): started by the test
on 127.0.0.1 with a port the OS picks, and stopped by its process ID."""
import json
import os
import re
import subprocess
import time
import urllib.request

AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_PAGER": "",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
}


class MotoServer:
    """A moto_server on 127.0.0.1 with a port the OS picks, read back from its log."""

    def __init__(self, scratch):
        self.log_path = os.path.join(scratch, "moto.log")
        self.log = open(self.log_path, "w", encoding="utf-8")
        self.process = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", "0"],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        self.endpoint = self._wait_for_port()

    def _wait_for_port(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with open(self.log_path, encoding="utf-8") as handle:
                match = re.search(r"Running on (http://127\.0\.0\.1:\d+)", handle.read())
            if match:
                return match.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"moto_server did not start; its log:\n{open(self.log_path).read()}")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def aws(self, *args):
        """Runs the AWS CLI against this server; returns its parsed JSON output (or None)."""
        env = dict(os.environ, **AWS_ENV)
        result = subprocess.run(["aws", "--endpoint-url", self.endpoint, "--output", "json", *args],
                                capture_output=True, text=True, env=env, timeout=60)
        if result.returncode != 0:
            raise AssertionError(f"aws {' '.join(args)} failed: {result.stderr}")
        return json.loads(result.stdout) if result.stdout.strip() else None

    def environment(self):
        """The variables that point an AWS SDK (boto3, the AWS CLI, the JavaScript SDK v3) at this
        server with dummy credentials, and at nothing of the machine's own AWS set-up."""
        return dict(AWS_ENV, AWS_ENDPOINT_URL=self.endpoint)

    def enforce_iam(self, enforced):
        """Turns moto's IAM checks on (every later request needs a user whose policies allow it)
        or off again, through moto's own API."""
        request = urllib.request.Request(f"{self.endpoint}/moto-api/reset-auth",
                                         data=b"0" if enforced else b"inf", method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
