package main

import (
	"bufio"
	"io"
	"testing"
	"time"
)

// stopReader passes the input through line by line, and ends it at once
// when stop is closed, even while a read waits for input that never comes.
func TestStopReader(t *testing.T) {
	pr, pw := io.Pipe()
	stop := make(chan struct{})
	r := bufio.NewReader(stopReader(pr, stop))
	go io.WriteString(pw, "1\n\n")
	for _, want := range []string{"1\n", "\n"} {
		if got, err := r.ReadString('\n'); got != want || err != nil {
			t.Fatalf("read %q, %v; want %q", got, err, want)
		}
	}
	done := make(chan error, 1)
	go func() {
		_, err := r.ReadString('\n') // nothing more is written
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	close(stop)
	select {
	case err := <-done:
		if err != io.EOF {
			t.Errorf("after stop: %v, want io.EOF", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the read still waits after stop")
	}
	pw.Close()
}
