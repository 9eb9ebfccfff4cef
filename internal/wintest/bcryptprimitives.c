/*
 * A stand-in bcryptprimitives.dll for the wine test prefix only.
 *
 * Why it exists: every program built with Go 1.24 or later calls
 * ProcessPrng from bcryptprimitives.dll before main runs
 * (runtime.loadOptionalSyscalls) and stops with "bcryptprimitives.dll not
 * found" when it is missing. Windows 10 and 11 have it; wine 8.0, the
 * version Debian 12 ships, does not. So that the real piketpalen.exe can be
 * tested under wine, the test (cmd/piketpalen/wine_test.go) builds this file
 * with mingw and copies the DLL into the system32 folder of a throw-away
 * WINEPREFIX it makes in a temporary folder.
 *
 * It is never shipped: not in the program, not in a hand-out zip, and it must
 * never be copied onto a real Windows machine, which has its own. It is C, not
 * Go, and sits in a folder without Go files, so go build never sees it.
 *
 * ProcessPrng fills the buffer from SystemFunction036 (RtlGenRandom in
 * advapi32.dll), the system random source wine does have. That function takes
 * a 32-bit length, so a large request is filled in pieces. Like the real
 * ProcessPrng it always reports success; the Go runtime treats a failure as
 * fatal anyway.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x40000000 ? 0x40000000 : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
