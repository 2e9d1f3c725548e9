package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// BenchmarkAskProcess runs the whole `mpmcoach ask "salary senior"` process (start,
// load the guide, build the index, answer, exit): targets a median ≤ 150 ms and peak
// memory ≤ 60 MB. The binary is built first, exactly as the Dockerfile builds it.
func BenchmarkAskProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "mpmcoach")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // as the Dockerfile builds it
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	var lat []time.Duration
	var maxRSS int64
	b.ResetTimer()
	for b.Loop() {
		cmd := exec.Command(bin, "ask", "salary senior")
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("ask: %v\n%s", err, out)
		}
		lat = append(lat, time.Since(start))
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			maxRSS = max(maxRSS, ru.Maxrss) // kilobytes on Linux
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(maxRSS)/1024, "peak-MB")
}
