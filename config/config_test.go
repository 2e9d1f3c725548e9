package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func write(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "mpmcoach.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	p := write(t, "guide: /srv/guide.yaml\nlog_level: debug\ndiscord:\n  guild_id: \"123\"\n")
	c, err := Load(p, env(map[string]string{"SLACK_BOT_TOKEN": "xoxb-secret", "MPMCOACH_ADDR": ":9999", "SLACK_API_URL": "http://127.0.0.1:1/api"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Guide != "/srv/guide.yaml" || c.Level().String() != "DEBUG" || c.Discord.GuildID != "123" || c.Addr != ":9999" {
		t.Errorf("got %+v", c)
	}
	if c.Slack.BotToken.Reveal() != "xoxb-secret" {
		t.Error("token not read from the environment")
	}
	if c.Slack.APIURL != "http://127.0.0.1:1/api/" {
		t.Errorf("api url %q lacks the trailing slash slack-go needs", c.Slack.APIURL)
	}
	if s := fmt.Sprintf("%v %+v", c.Slack.BotToken, c); strings.Contains(s, "xoxb-secret") {
		t.Errorf("secret printed: %s", s)
	}
}

func TestLoadFromEnvPath(t *testing.T) {
	p := write(t, "log_level: warn\n")
	c, err := Load("", env(map[string]string{"MPMCOACH_CONFIG": p}))
	if err != nil || c.LogLevel != "warn" || c.File != p {
		t.Fatalf("got %+v, %v", c, err)
	}
}

func TestDefaults(t *testing.T) {
	c, err := Load("", env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8080" || c.LogLevel != "info" {
		t.Errorf("defaults: %+v", c)
	}
}

func TestBadConfig(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"unknown key", "guide: x\nlog_levle: debug\n", `:2: unknown setting "log_levle"`},
		{"secret in file", "slack:\n  bot_token: xoxb-1\n", `:2: "bot_token" is a secret: set it in the environment (SLACK_BOT_TOKEN`},
		{"bad yaml", "guide: [x\n", ":1: did not find expected"},
		{"wrong type", "log_questions: [1]\n", ":1: cannot unmarshal"},
		{"bad level", "log_level: loud\n", `log_level "loud"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := write(t, tc.body)
			_, err := Load(p, env(nil))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "xoxb-1") {
				t.Errorf("error echoes the secret: %v", err)
			}
		})
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.yaml"), env(nil)); err == nil {
		t.Error("missing file accepted")
	}
}

func FuzzConfig(f *testing.F) {
	f.Add([]byte("guide: x\nlog_level: debug\n"))
	f.Add([]byte("tips:\n  catch_up: 1h\n  schedules:\n    - {name: a, platform: slack, channel: C, cron: \"0 9 * * 1-5\"}\n"))
	f.Add([]byte("slack:\n  bot_token: xoxb-1\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Add([]byte("tips: {catch_up: -5h}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Config
		if err := parse("fuzz.yaml", data, &c); err != nil && !strings.HasPrefix(err.Error(), "fuzz.yaml") {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}
