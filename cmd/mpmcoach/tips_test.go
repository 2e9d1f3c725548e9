package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "mpmcoach.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTipsCommands posts a tip through the real Slack adapter into a fake Web API.
func TestTipsCommands(t *testing.T) {
	api, posts := slackAPI(t, "")
	state := filepath.Join(t.TempDir(), "tips.db")
	cfg := writeConfig(t, `tips:
  state: `+state+`
  catch_up: 1h
  schedules:
    - {name: weekday-tips, platform: slack, channel: C0CAREER, cron: "0 9 * * 1-5", timezone: America/New_York}
`)
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-tips-token", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": api.URL + "/api",
		"MPMCOACH_CONFIG": cfg}
	getenv := func(k string) string { return env[k] }
	run1 := func(args ...string) string {
		t.Helper()
		var out syncBuffer
		if err := run(t.Context(), args, getenv, strings.NewReader(""), &out); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out.String())
		}
		return out.String()
	}
	list := run1("tips", "list")
	if !strings.Contains(list, "weekday-tips") || !strings.Contains(list, " 09:00 E") || !strings.Contains(list, "never") || !strings.Contains(list, "0 of 38 shown") {
		t.Errorf("list:\n%s", list)
	}
	preview := run1("tips", "preview", "weekday-tips")
	if !strings.Contains(preview, "Readiness tip") || !strings.Contains(preview, "Source:") {
		t.Errorf("preview:\n%s", preview)
	}
	if run1("tips", "post", "weekday-tips", "--dry-run") != preview || len(posts()) != 0 {
		t.Error("--dry-run should show the previewed tip and post nothing")
	}
	out := run1("tips", "post", "weekday-tips")
	p := posts()
	if len(p) != 1 || p[0].Get("channel") != "C0CAREER" || !strings.Contains(p[0].Get("metadata"), "mpmcoach_tip") ||
		!strings.Contains(out, "Posted to slack channel C0CAREER") {
		t.Fatalf("post: %v\n%s", p, out)
	}
	tipText := strings.SplitN(strings.TrimSpace(strings.Split(preview, "\n")[2]), ".", 2)[0]
	if !strings.Contains(p[0].Get("blocks"), tipText) {
		t.Errorf("posted blocks lack the previewed tip %q", tipText)
	}
	if list := run1("tips", "list"); !strings.Contains(list, "1 of 38 shown") {
		t.Errorf("list after a post:\n%s", list)
	}
	if next := run1("tips", "preview", "weekday-tips"); next == preview {
		t.Error("the rotation did not move on")
	}
}

func TestBadSchedulesStopServeAndConfigCheck(t *testing.T) {
	cfg := writeConfig(t, `tips:
  state: /tmp/x.db
  schedules:
    - {name: weekday-tips, platform: slack, channel: C1, cron: "0 9 * * 1-5", timezone: America/New_Yrok}
    - {name: nightly, platform: teams, channel: C2, cron: "61 25 * * *"}
    - {name: nightly, platform: slack, channel: C3, cron: "0 20 * * *"}
`)
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "MPMCOACH_CONFIG": cfg}
	getenv := func(k string) string { return env[k] }
	for _, args := range [][]string{{"config", "check"}, {"serve"}} {
		var out syncBuffer
		err := run(t.Context(), args, getenv, strings.NewReader(""), &out)
		if err == nil || exitCode(err) != 1 {
			t.Fatalf("%v accepted bad schedules", args)
		}
		for _, want := range []string{`"weekday-tips": unknown time zone "America/New_Yrok"`, `"nightly": unknown platform "teams"`,
			`"nightly": bad cron expression "61 25 * * *"`, `"nightly": duplicate name`} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%v: error lacks %s:\n%v", args, want, err)
			}
		}
	}
}

func TestConfigCheck(t *testing.T) {
	cfg := writeConfig(t, `discord:
  guild_id: "500"
tips:
  state: /tmp/y.db
  schedules:
    - {name: weekday-tips, platform: slack, channel: C0CAREER, cron: "0 9 * * 1-5", timezone: America/New_York}
`)
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-check-secret", "SLACK_APP_TOKEN": "xapp-check-secret",
		"DISCORD_BOT_TOKEN": "MTExMTExMTExMTExMTExMTEx.x.discord-check-secret", "MPMCOACH_CONFIG": cfg}
	var out syncBuffer
	if err := run(t.Context(), []string{"config", "check"}, func(k string) string { return env[k] }, strings.NewReader(""), &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	s := out.String()
	for _, want := range []string{cfg + ": ok", "slack: Socket Mode", "discord: gateway, commands in server 500", "tips: weekday-tips posts to slack channel C0CAREER"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "secret") {
		t.Errorf("a secret was printed:\n%s", s)
	}
	env["SLACK_BOT_TOKEN"] = "xoxp-user-token"
	err := run(t.Context(), []string{"config", "check"}, func(k string) string { return env[k] }, strings.NewReader(""), &out)
	if err == nil || !strings.Contains(err.Error(), "xoxb-") || strings.Contains(err.Error(), "xoxp-user-token") {
		t.Errorf("wrong token shape: %v", err)
	}
}
