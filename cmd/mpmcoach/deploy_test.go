package main

import (
	"os"
	"strings"
	"testing"
)

// TestDeployFiles keeps the Dockerfile and the systemd unit in step with the binary:
// the commands they call exist and the container runs as nonroot with /data.
func TestDeployFiles(t *testing.T) {
	docker, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`HEALTHCHECK`, `CMD ["/usr/local/bin/mpmcoach", "healthcheck"]`, "USER nonroot", `VOLUME ["/data"]`,
		`CMD ["serve"]`, "RUN CGO_ENABLED=0 go build -trimpath", "FROM gcr.io/distroless/static"} {
		if !strings.Contains(string(docker), want) {
			t.Errorf("Dockerfile lacks %s", want)
		}
	}
	unit, err := os.ReadFile("../../deploy/mpmcoach.service")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ExecStart=/usr/local/bin/mpmcoach serve", "ExecReload=/bin/kill -HUP $MAINPID", "EnvironmentFile=", "StateDirectory="} {
		if !strings.Contains(string(unit), want) {
			t.Errorf("systemd unit lacks %s", want)
		}
	}
	// The commands they run are real: their --help works.
	for _, cmd := range []string{"serve", "healthcheck", "reload"} {
		out, err := runMain(t, "", cmd, "--help")
		if err != nil || !strings.Contains(out, "Usage: mpmcoach "+cmd) {
			t.Errorf("%s --help: %v %s", cmd, err, out)
		}
	}
}
