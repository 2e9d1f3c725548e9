package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mpmcoach/mpmcoach/knowledge"
)

// served is a running `mpmcoach serve` in this process.
type served struct {
	t      *testing.T
	addr   string
	out    *syncBuffer
	cancel context.CancelFunc
	done   chan error
	env    map[string]string
}

func startServe(t *testing.T, env map[string]string) *served {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &served{t: t, out: &syncBuffer{}, cancel: cancel, done: make(chan error, 1), env: env}
	go func() {
		s.done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), s.out)
	}()
	for deadline := time.Now().Add(10 * time.Second); s.addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := listeningRE.FindStringSubmatch(s.out.String()); m != nil {
			s.addr = m[1]
		}
		select {
		case err := <-s.done:
			t.Fatalf("serve stopped: %v\n%s", err, s.out)
		default:
		}
	}
	if s.addr == "" {
		t.Fatalf("serve did not start:\n%s", s.out)
	}
	t.Cleanup(s.stop)
	return s
}

func (s *served) stop() {
	if s.cancel == nil {
		return
	}
	s.cancel()
	s.cancel = nil
	select {
	case err := <-s.done:
		if err != nil {
			s.t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		s.t.Error("serve did not stop")
	}
}

func (s *served) get(path string) (int, string) {
	s.t.Helper()
	resp, err := http.Get("http://" + s.addr + path)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// slash sends a signed /mpm as user.
func (s *served) slash(user, text string) string {
	s.t.Helper()
	body := url.Values{"command": {"/mpm"}, "text": {text}, "user_id": {user}, "channel_id": {"C1"}}.Encode()
	req, _ := http.NewRequest(http.MethodPost, "http://"+s.addr+"/slack/commands", strings.NewReader(body))
	ts, sig := slackSign(s.env["SLACK_SIGNING_SECRET"], body)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sig)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		s.t.Fatalf("/mpm %s: %d %s", text, resp.StatusCode, b)
	}
	return string(b)
}

func TestServeOperations(t *testing.T) {
	api, _ := slackAPI(t, "")
	dir := t.TempDir()
	guide := filepath.Join(dir, "guide.yaml")
	orig := string(knowledge.DefaultYAML())
	os.WriteFile(guide, []byte(orig), 0o600)
	cfgFile := writeConfig(t, "guide: "+guide+"\nrate_limit: 5\n")
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-ops-token-1", "SLACK_SIGNING_SECRET": "ops-signing-secret-2",
		"SLACK_API_URL": api.URL + "/api", "MPMCOACH_ADDR": "127.0.0.1:0", "MPMCOACH_CONFIG": cfgFile}
	s := startServe(t, env)
	env["MPMCOACH_ADDR"] = s.addr // for healthcheck and reload below
	getenv := func(k string) string { return env[k] }

	if code, body := s.get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := s.get("/readyz"); code != 200 {
		t.Errorf("/readyz: %d %q", code, body)
	}
	if err := run(context.Background(), []string{"healthcheck"}, getenv, strings.NewReader(""), io.Discard); err != nil {
		t.Errorf("healthcheck: %v", err)
	}

	if !strings.Contains(s.slash("U1", "salary senior"), "$100k USD") {
		t.Fatal("no answer")
	}
	s.slash("U1", "what's the weather?")
	// Rate limit 5 a minute: U1 has asked twice; three more pass, the sixth is refused.
	for range 3 {
		s.slash("U1", "salary") // answered once, then from the cache
	}
	if r := s.slash("U1", "salary"); !strings.Contains(r, "One moment") || !strings.Contains(r, "ephemeral") {
		t.Errorf("sixth question in a minute, from the cache: %s", r)
	}
	if r := s.slash("U2", "salary senior"); !strings.Contains(r, "$100k") {
		t.Error("another user was limited too")
	}
	if r := s.slash("U3", strings.Repeat("x", 2100)); !strings.Contains(r, "too long") {
		t.Errorf("over-long question: %s", r)
	}

	_, metrics := s.get("/metrics")
	for _, want := range []string{`mpmcoach_questions_total{command="salary",platform="slack"} 5`, `mpmcoach_abstentions_total{platform="slack"} 1`,
		`mpmcoach_rate_limited_total{platform="slack"} 1`, "mpmcoach_answer_seconds_bucket"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	logs := ""
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if logs = s.out.String(); strings.Count(logs, `"msg":"answered"`) >= 8 { // lines are flushed every 100 ms
			break
		}
	}
	if !strings.Contains(logs, `"msg":"answered","component":"bot","platform":"slack","command":"salary","latency_ms"`) || !strings.Contains(logs, `"abstained":true`) {
		t.Errorf("no log line per answer:\n%s", logs)
	}
	if strings.Contains(logs, "weather") {
		t.Error("question text logged without log_questions")
	}

	// Reload over HTTP: an edited guide is swapped in.
	os.WriteFile(guide, []byte(strings.Replace(orig, `median: "$100k USD"`, `median: "$101k USD"`, 1)), 0o600)
	var out syncBuffer
	if err := run(context.Background(), []string{"reload"}, getenv, strings.NewReader(""), &out); err != nil || !strings.Contains(out.String(), "reloaded") {
		t.Fatalf("reload: %v %s", err, out.String())
	}
	if !strings.Contains(s.slash("U4", "salary senior"), "$101k USD") {
		t.Error("reloaded guide not answering")
	}
	// A broken guide is rejected; the previous one keeps answering.
	os.WriteFile(guide, []byte(strings.Replace(orig, "  - id: tools\n", "  - id: tools\n    colour: blue\n", 1)), 0o600)
	err := run(context.Background(), []string{"reload"}, getenv, strings.NewReader(""), &out)
	if err == nil || !strings.Contains(err.Error(), `unknown field "colour"`) || !strings.Contains(err.Error(), guide+":") {
		t.Errorf("bad guide reload: %v", err)
	}
	if !strings.Contains(s.slash("U5", "salary senior"), "$101k USD") {
		t.Error("a failed reload changed the answers")
	}
	// SIGHUP reloads too.
	os.WriteFile(guide, []byte(strings.Replace(orig, `median: "$100k USD"`, `median: "$102k USD"`, 1)), 0o600)
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	deadline := time.Now().Add(5 * time.Second)
	// A new user each try: one user's fifth question in a minute gets the rate
	// limit's reply, and a reload slowed by a loaded machine outlasts five tries.
	for i := 0; !strings.Contains(s.slash(fmt.Sprintf("U6-%d", i), "salary senior"), "$102k USD"); i++ {
		if time.Now().After(deadline) {
			t.Fatal("SIGHUP did not reload the guide")
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.stop()
	if logs := s.out.String(); strings.Contains(logs, "xoxb-ops-token-1") || strings.Contains(logs, "ops-signing-secret-2") {
		t.Errorf("a secret reached the logs:\n%s", logs)
	}
	if err := run(context.Background(), []string{"healthcheck"}, getenv, strings.NewReader(""), io.Discard); err == nil {
		t.Error("healthcheck passed with serve stopped")
	}
}

func TestReadyzSaysWhy(t *testing.T) {
	sv := &service{}
	mux := http.NewServeMux()
	sv.add(func() (bool, string) { return false, "discord: the gateway is not connected" }, nil, nil)
	sv.healthRoutes(mux)
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, httptest.NewRequest("GET", "/readyz", nil))
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "discord: the gateway is not connected") {
		t.Errorf("%d %s", w.Code, w.Body)
	}
}

func TestHelpShowsNoSecrets(t *testing.T) {
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-help-secret", "DISCORD_BOT_TOKEN": "discord-help-secret", "SLACK_SIGNING_SECRET": "help-signing"}
	for _, args := range [][]string{{"--help"}, {"serve", "--help"}, {"tips", "--help"}, {"config", "--help"}, {"ask", "--help"}} {
		var out syncBuffer
		run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(""), &out)
		for _, secret := range env {
			if strings.Contains(out.String(), secret) {
				t.Errorf("%v printed a secret", args)
			}
		}
	}
}
