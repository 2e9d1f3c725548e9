package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/config"
	"github.com/mpmcoach/mpmcoach/index"
	"github.com/mpmcoach/mpmcoach/knowledge"
	"github.com/mpmcoach/mpmcoach/profiles"
)

// errUsage means the usage was already printed; main exits 2 without repeating it.
var errUsage = errors.New("usage")

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

const usage = `mpmcoach: a career coach for Medical Practice Managers, answering from one career guide.

Usage:
  mpmcoach chat                   talk to the coach in the terminal (no tokens needed)
  mpmcoach ask [--json] TEXT...   answer TEXT once, exactly as /mpm TEXT would
  mpmcoach serve                  run in Slack and/or Discord (see 'mpmcoach serve --help')
  mpmcoach discord invite         print the link that adds the bot to a Discord server
  mpmcoach tips list|preview|post scheduled readiness tips (see 'mpmcoach tips --help')
  mpmcoach config check           check the settings and environment, print what serve would run
  mpmcoach reload                 make the running serve reload the guide (or send it SIGHUP)
  mpmcoach healthcheck            exit 0 if the running serve is alive (for containers)
  mpmcoach guide dump             print the built-in guide (YAML), to edit your own copy
  mpmcoach guide check FILE       check an edited guide file and report its errors

Global flags (before the command):
  --config FILE   settings file (default $MPMCOACH_CONFIG); secrets come from the environment
  --guide FILE    answer from this guide file instead of the built-in one

Run 'mpmcoach COMMAND --help' for a command's flags.
`

// run is the whole program, so tests can drive it: args without the program name, the
// environment as a lookup function, and the terminal's input and output.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("mpmcoach", flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() { fmt.Fprint(stdout, usage) }
	configPath := fs.String("config", "", "settings file")
	guidePath := fs.String("guide", "", "guide file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprint(stdout, usage)
		return errUsage
	}
	cmd, rest := fs.Arg(0), fs.Args()[1:]
	if cmd == "help" {
		fmt.Fprint(stdout, usage)
		return nil
	}
	if cmd == "guide" {
		return runGuide(rest, stdout)
	}
	switch cmd {
	case "chat", "ask", "serve", "discord", "tips", "config", "reload", "healthcheck":
	default:
		fmt.Fprintf(stdout, "mpmcoach: unknown command %q\n\n%s", cmd, usage)
		return errUsage
	}
	cfg, err := config.Load(*configPath, getenv)
	if cmd == "config" {
		if err == nil && *guidePath != "" {
			cfg.Guide = *guidePath
		}
		return runConfig(cfg, err, rest, stdout)
	}
	if err != nil {
		return err
	}
	if *guidePath != "" {
		cfg.Guide = *guidePath
	}
	switch cmd {
	case "chat":
		return runChat(ctx, cfg, rest, getenv, stdin, stdout)
	case "serve":
		return runServe(ctx, cfg, rest, stdout)
	case "discord":
		return runDiscord(cfg, rest, stdout)
	case "tips":
		return runTips(ctx, cfg, rest, stdout)
	case "reload":
		return runReload(ctx, cfg, rest, stdout)
	case "healthcheck":
		return runHealthcheck(ctx, cfg, rest, stdout)
	default:
		return runAsk(ctx, cfg, rest, stdout)
	}
}

// newCoach loads the guide (the configured file or the embedded one), indexes it and
// returns the coach. A command that keeps running (warm) has the index compile its
// phrasing rules in the background now, so its first question doesn't wait for them;
// a one-shot command leaves them to the first search, which a command such as
// `ask "salary senior"` never makes.
func newCoach(cfg *config.Config, log *slog.Logger, warm bool, opts ...bot.Option) (*bot.Coach, error) {
	var (
		g   *knowledge.Guide
		err error
	)
	if cfg.Guide != "" {
		g, err = knowledge.Load(cfg.Guide)
	} else {
		g, err = knowledge.Default()
	}
	if err != nil {
		return nil, fmt.Errorf("load guide: %w", err)
	}
	ix, err := index.Build(g.Passages())
	if err != nil {
		return nil, fmt.Errorf("index guide: %w", err)
	}
	if warm {
		ix.Warm()
	}
	return bot.New(g, ix, append([]bot.Option{bot.WithLogger(log)}, opts...)...), nil
}

const chatUsage = `Usage: mpmcoach chat

Talk to the coach in the terminal. Type a question or a command (help, salary senior,
path, skills, faq, steps, outlook, tip); 'quit' or Ctrl-D to leave.
`

const askUsage = `Usage: mpmcoach ask [--json] TEXT...

Answer TEXT once, exactly as /mpm TEXT would in chat.
With --json, print {"query", "command", "answers": [{"id","section","title","text","score"}], "suggestions"};
answers is empty when the coach has no answer.
`

// subcommand returns a flag set that prints usage (and its flags) to stdout.
func subcommand(name, usage string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprint(stdout, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses a subcommand's flags, which come before its arguments (`ask`'s
// question may start with a dash). stop says the command must not go on: after --help
// (err nil) or a bad flag (err errUsage; the flag package has said what's wrong).
func parseFlags(fs *flag.FlagSet, args []string) (stop bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return true, errUsage
	}
	return false, nil
}

// parseFlagsAnywhere is parseFlags with flags allowed after the arguments too
// (`tips post NAME --dry-run`).
func parseFlagsAnywhere(fs *flag.FlagSet, args []string) (stop bool, err error) {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			name := strings.TrimLeft(strings.SplitN(a, "=", 2)[0], "-")
			if f := fs.Lookup(name); f != nil && !strings.Contains(a, "=") && !isBoolFlag(f) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		default:
			rest = append(rest, a)
		}
	}
	return parseFlags(fs, append(append(flags, "--"), rest...))
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

func quietLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

func runChat(ctx context.Context, cfg *config.Config, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	fs := subcommand("chat", chatUsage, stdout)
	if stop, err := parseFlags(fs, args); stop {
		return err
	}
	var opts []bot.Option
	if cfg.Readiness.State != "" {
		// Remembering readiness answers needs the state file; without it (serve holds
		// it while running) the coach says it keeps nothing.
		if store, err := profiles.Open(cfg.Readiness.State); err == nil {
			defer store.Close()
			opts = append(opts, bot.WithProfiles(store))
		}
	}
	coach, err := newCoach(cfg, quietLogger(stdout), true, opts...)
	if err != nil {
		return err
	}
	width := 88
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n >= 40 {
		width = min(n-2, 100)
	}
	fmt.Fprintln(stdout, "mpmcoach: your Medical Practice Manager career coach. Type 'help' for commands, 'quit' to leave.")
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		fmt.Fprint(stdout, "\nyou> ")
		var line string
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout)
			return nil
		case l, ok := <-lines:
			if !ok {
				fmt.Fprintln(stdout, "\nGood luck with your career!")
				return nil
			}
			line = strings.TrimSpace(l)
		}
		switch strings.ToLower(line) {
		case "":
			continue
		case "quit", "exit", "bye", "q", ":q":
			fmt.Fprintln(stdout, "Good luck with your career!")
			return nil
		}
		r := coach.Answer(ctx, bot.Request{Text: line, User: "you", Platform: "terminal"})
		fmt.Fprint(stdout, "\n"+wrap(bot.Text(r), width))
	}
}

// wrap breaks lines longer than width at spaces, for reading in a terminal; lines
// keep their leading bullet indentation.
func wrap(text string, width int) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		nl := strings.HasSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\n")
		indent := ""
		if strings.HasPrefix(line, "• ") {
			indent = "  "
		}
		for utf8.RuneCountInString(line) > width {
			cut := strings.LastIndexByte(string([]rune(line)[:width]), ' ')
			if cut <= len(indent) {
				break // one long word: leave it whole
			}
			b.WriteString(line[:cut] + "\n")
			line = indent + strings.TrimLeft(line[cut:], " ")
		}
		b.WriteString(line)
		if nl {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// askJSON is the contract outside checks rely on (see DESIGN.md). Extend it; never
// change or remove a field.
type askJSON struct {
	Query       string       `json:"query"`
	Command     string       `json:"command"`
	Answers     []bot.Answer `json:"answers"`
	Suggestions []string     `json:"suggestions"`
	// Readiness is the full breakdown of a readiness check: every point names the
	// guide fact it rests on.
	Readiness *bot.Plan `json:"readiness,omitempty"`
}

func runAsk(ctx context.Context, cfg *config.Config, args []string, stdout io.Writer) error {
	fs := subcommand("ask", askUsage, stdout)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if stop, err := parseFlags(fs, args); stop {
		return err
	}
	text := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(text) == "" {
		fs.Usage()
		return errUsage
	}
	coach, err := newCoach(cfg, quietLogger(io.Discard), false)
	if err != nil {
		return err
	}
	r := coach.Answer(ctx, bot.Request{Text: text, User: "cli", Platform: "terminal", Slash: true})
	if !*asJSON {
		_, err := fmt.Fprint(stdout, bot.Text(r))
		return err
	}
	out := askJSON{Query: text, Command: r.Command, Answers: r.Answers, Suggestions: r.Suggestions, Readiness: r.Plan}
	if out.Answers == nil {
		out.Answers = []bot.Answer{}
	}
	if out.Suggestions == nil {
		out.Suggestions = []string{}
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

const guideUsage = `Usage:
  mpmcoach guide dump          print the built-in guide as YAML: the starting point for your own
  mpmcoach guide check FILE    check an edited guide: every problem is printed as FILE:LINE: what is wrong

Then run the bot with --guide FILE (or guide: FILE in the settings file).
`

func runGuide(args []string, stdout io.Writer) error {
	if len(args) == 1 && args[0] == "dump" {
		_, err := stdout.Write(knowledge.DefaultYAML())
		return err
	}
	if len(args) != 2 || args[0] != "check" {
		fmt.Fprint(stdout, guideUsage)
		if len(args) == 1 && (args[0] == "--help" || args[0] == "-h") {
			return nil
		}
		return errUsage
	}
	g, err := knowledge.Load(args[1])
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok (%d sections, %d passages, %d tips)\n", args[1], len(g.Sections), len(g.Passages()), len(g.Tips))
	return nil
}
