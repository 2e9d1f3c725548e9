// Package config reads mpmcoach's settings: a YAML file for everything that is not a
// secret, and the environment for secrets (tokens, signing secrets), which a settings
// file may never hold.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Defaults for settings left out.
const (
	DefaultAnswerCache = 2048 // answers kept by question text
	DefaultRateLimit   = 10   // questions a minute per chat user
)

// Config is the validated configuration.
type Config struct {
	// Guide is an edited guide file to answer from instead of the embedded one.
	Guide string `yaml:"guide"`
	// Addr is the HTTP listen address of `serve`.
	Addr string `yaml:"addr"`
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level"`
	// LogQuestions logs the text of questions; off by default, since people ask about
	// their own careers.
	LogQuestions bool `yaml:"log_questions"`
	// AnswerCache is how many encoded answers are kept by question text (tips never
	// are); 0 turns the cache off. Nil means the default, 2048.
	AnswerCache *int `yaml:"answer_cache"`
	// RateLimit is how many questions a minute each chat user may ask; 0 turns it off.
	// Nil means the default, 10.
	RateLimit *int `yaml:"rate_limit"`

	Slack   Slack   `yaml:"slack"`
	Discord Discord `yaml:"discord"`
	Tips    Tips    `yaml:"tips"`
	// Readiness keeps the readiness answers people ask the coach to remember.
	Readiness struct {
		State string `yaml:"state"` // bbolt file; default: readiness.db beside tips.state
	} `yaml:"readiness"`

	// File is the settings file read, if any.
	File string `yaml:"-"`
}

// Slack settings. The tokens come from the environment only.
type Slack struct {
	APIURL        string `yaml:"api_url"`
	BotToken      Secret `yaml:"-"`
	SigningSecret Secret `yaml:"-"`
	AppToken      Secret `yaml:"-"`
}

// Discord settings. The token comes from the environment only.
type Discord struct {
	APIURL      string   `yaml:"api_url"`
	GuildID     string   `yaml:"guild_id"`
	AskChannels []string `yaml:"ask_channels"`
	BotToken    Secret   `yaml:"-"`
}

// Tips are the scheduled readiness tips.
type Tips struct {
	State     string        `yaml:"state"`    // bbolt file, created on first start
	CatchUp   Duration      `yaml:"catch_up"` // default 1h
	Schedules []TipSchedule `yaml:"schedules"`
}

// TipSchedule posts a tip to one channel on a cron schedule.
type TipSchedule struct {
	Name     string `yaml:"name"`
	Platform string `yaml:"platform"`
	Channel  string `yaml:"channel"`
	Cron     string `yaml:"cron"`
	Timezone string `yaml:"timezone"`
}

// Duration reads "1h", "90m".
type Duration time.Duration

// UnmarshalYAML parses a Go duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil || v < 0 {
		return fmt.Errorf("line %d: %q is not a duration (like 1h or 30m)", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// Platforms lists the chat platforms that have credentials.
func (c *Config) Platforms() []string {
	var out []string
	if c.Slack.BotToken != "" || c.Slack.AppToken != "" || c.Slack.SigningSecret != "" {
		out = append(out, "slack")
	}
	if c.Discord.BotToken != "" {
		out = append(out, "discord")
	}
	return out
}

// Secret is a value that must never be printed or logged.
type Secret string

func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "[redacted]"
}

// LogValue keeps secrets out of slog output.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// Reveal returns the secret itself, for the one place that must send it.
func (s Secret) Reveal() string { return string(s) }

// secretKeys are settings people try to put in a file; they get a pointed message.
var secretKeys = map[string]string{
	"bot_token": "SLACK_BOT_TOKEN or DISCORD_BOT_TOKEN", "token": "SLACK_BOT_TOKEN or DISCORD_BOT_TOKEN",
	"signing_secret": "SLACK_SIGNING_SECRET", "app_token": "SLACK_APP_TOKEN",
}

// Load reads the settings file named by path (or by MPMCOACH_CONFIG when path is empty;
// no file at all is fine) and the environment.
func Load(path string, getenv func(string) string) (*Config, error) {
	if path == "" {
		path = getenv("MPMCOACH_CONFIG")
	}
	c := &Config{}
	if path != "" {
		data, err := readFile(path)
		if err != nil {
			return nil, err
		}
		if err := parse(path, data, c); err != nil {
			return nil, err
		}
		c.File = path
	}
	c.applyEnv(getenv)
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c, nil
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 1<<20+1))
	if err != nil {
		return nil, fmt.Errorf("read config %s: %w", path, err)
	}
	if len(data) > 1<<20 {
		return nil, fmt.Errorf("%s: config file is larger than 1 MB", path)
	}
	return data, nil
}

var (
	lineRE    = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	unknownRE = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
)

func parse(path string, data []byte, c *Config) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(c)
	if err == nil || errors.Is(err, io.EOF) {
		return nil
	}
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	errs := make([]error, 0, len(msgs))
	for _, m := range msgs {
		line, msg := 0, strings.TrimPrefix(m, "yaml: ")
		if sm := lineRE.FindStringSubmatch(m); sm != nil {
			line, _ = strconv.Atoi(sm[1])
			msg = sm[2]
		}
		if um := unknownRE.FindStringSubmatch(msg); um != nil {
			msg = fmt.Sprintf("unknown setting %q", um[1])
			if env, ok := secretKeys[um[1]]; ok {
				msg = fmt.Sprintf("%q is a secret: set it in the environment (%s), not in a file", um[1], env)
			}
		}
		if line > 0 {
			errs = append(errs, fmt.Errorf("%s:%d: %s", path, line, msg))
		} else {
			errs = append(errs, fmt.Errorf("%s: %s", path, msg))
		}
	}
	return errors.Join(errs...)
}

func (c *Config) applyEnv(getenv func(string) string) {
	c.Slack.BotToken = Secret(getenv("SLACK_BOT_TOKEN"))
	c.Slack.SigningSecret = Secret(getenv("SLACK_SIGNING_SECRET"))
	c.Slack.AppToken = Secret(getenv("SLACK_APP_TOKEN"))
	c.Discord.BotToken = Secret(getenv("DISCORD_BOT_TOKEN"))
	if v := getenv("SLACK_API_URL"); v != "" {
		c.Slack.APIURL = v
	}
	if v := getenv("DISCORD_API_URL"); v != "" {
		c.Discord.APIURL = v
	}
	if v := getenv("MPMCOACH_ADDR"); v != "" {
		c.Addr = v
	}
	if c.Addr == "" {
		c.Addr = ":8080"
	}
	if c.LogLevel == "" {
		c.LogLevel = "info"
	}
	if v := getenv("MPMCOACH_ANSWER_CACHE"); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			c.AnswerCache = &n
		}
	}
	if c.AnswerCache == nil {
		n := DefaultAnswerCache
		c.AnswerCache = &n
	}
	if c.RateLimit == nil {
		n := DefaultRateLimit
		c.RateLimit = &n
	}
	if c.Readiness.State == "" && c.Tips.State != "" {
		c.Readiness.State = filepath.Join(filepath.Dir(c.Tips.State), "readiness.db")
	}
}

func (c *Config) validate() error {
	var errs []error
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log_level %q: want debug, info, warn or error", c.LogLevel))
	}
	if c.RateLimit != nil && *c.RateLimit < 0 {
		errs = append(errs, fmt.Errorf("rate_limit %d: want 0 (off) or more", *c.RateLimit))
	}
	if c.AnswerCache != nil && *c.AnswerCache < 0 {
		errs = append(errs, fmt.Errorf("answer_cache %d: want 0 (off) or more", *c.AnswerCache))
	}
	if c.Slack.APIURL != "" && !strings.HasSuffix(c.Slack.APIURL, "/") {
		c.Slack.APIURL += "/" // slack-go needs the trailing slash
	}
	return errors.Join(errs...)
}

// Level is the slog level of LogLevel.
func (c *Config) Level() slog.Level {
	var l slog.Level
	_ = l.UnmarshalText([]byte(c.LogLevel))
	return l
}
