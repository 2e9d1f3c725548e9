// Command mpmcoach is a career coach for Medical Practice Managers: in the terminal
// (`chat`, `ask`), and in Slack and Discord.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout); err != nil {
		if err != errUsage {
			fmt.Fprintln(os.Stderr, "mpmcoach:", err)
		}
		os.Exit(exitCode(err))
	}
}
