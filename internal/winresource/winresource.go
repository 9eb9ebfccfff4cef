// Package winresource builds the Windows resources of piketpalen.exe — the
// version information, the application manifest and the icon — as .syso
// object files that go build links into the program, and reads them back
// from a built .exe for the tests.
//
// Without them a locked-down laptop sees an anonymous program: SmartScreen
// shows no product, AppLocker and WDAC rules that allow a program by product
// name or file version cannot name it, and Explorer shows no icon. The
// manifest also tells Windows never to ask for elevation (asInvoker).
//
// The committed cmd/piketpalen/rsrc_windows_*.syso carry version "dev", as
// a plain go build does (go generate ./cmd/piketpalen remakes them);
// internal/tools/package builds a hand-out with resources of its own
// version. The syso files are made with github.com/tc-hib/winres.
package winresource

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/tc-hib/winres"
	"github.com/tc-hib/winres/version"

	"piketpalen/assets"
	"piketpalen/course"
)

// Info is what the version resource says about the program.
type Info struct {
	Version     string // the build's version, as main.version has it: "dev", "v1.2.0"
	ProductName string
	CompanyName string // who issues the course: course.yaml's issuer
	Description string
	Comments    string
}

// Arches are the Windows architectures hand-outs are built for, each with
// its own .syso.
var Arches = []string{"amd64", "arm64"}

// ForCourse is the Info of a build of version ver with course c built in:
// the company is the course's issuer, so an organisation that builds its own
// course gets its own name in the file's properties.
func ForCourse(c *course.Course, ver string) Info {
	return Info{
		Version:     ver,
		ProductName: "piketpalen",
		CompanyName: c.Issuer,
		Description: "piketpalen: " + c.Title,
		Comments:    fmt.Sprintf("cursus %s, versie %s, stand van zaken %s", c.Title, c.Version, c.AsOf.Format("2006-01-02")),
	}
}

// SysoName is the file name go build picks up for arch: a .syso only linked
// into Windows builds of that architecture.
func SysoName(arch string) string { return "rsrc_windows_" + arch + ".syso" }

var numeric = regexp.MustCompile(`^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:$|[-+])`)

// Numeric is the four-part file version Windows shows and AppLocker
// compares, read from the start of v: "v1.2.3" and "1.2.3-4-gabcdef" are
// 1.2.3.0. A version that does not start with numbers ("dev", a bare commit
// hash) is 0.0.0.0, so that it can never pass for a release.
func Numeric(v string) [4]uint16 {
	var out [4]uint16
	m := numeric.FindStringSubmatch(v)
	if m == nil {
		return out
	}
	for i, part := range m[1:] {
		if part == "" {
			continue
		}
		n, err := strconv.ParseUint(part, 10, 16)
		if err != nil {
			return [4]uint16{}
		}
		out[i] = uint16(n)
	}
	return out
}

// resources is the resource set of one build.
func resources(info Info) (*winres.ResourceSet, error) {
	rs := &winres.ResourceSet{}
	img, err := png.Decode(bytes.NewReader(assets.Icon))
	if err != nil {
		return nil, fmt.Errorf("icon assets/piketpalen.png: %w", err)
	}
	icon, err := winres.NewIconFromResizedImage(img, []int{256, 48, 32, 24, 16})
	if err != nil {
		return nil, fmt.Errorf("icon: %w", err)
	}
	if err := rs.SetIcon(winres.ID(1), icon); err != nil {
		return nil, fmt.Errorf("icon: %w", err)
	}
	if err := rs.Set(winres.RT_MANIFEST, winres.ID(1), winres.LCIDDefault, assets.Manifest); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	vi := version.Info{FileVersion: Numeric(info.Version), ProductVersion: Numeric(info.Version)}
	for _, kv := range [][2]string{
		{version.ProductName, info.ProductName},
		{version.CompanyName, info.CompanyName},
		{version.FileDescription, info.Description},
		{version.FileVersion, info.Version},
		{version.ProductVersion, info.Version},
		{version.InternalName, "piketpalen"},
		{version.OriginalFilename, "piketpalen.exe"},
		{version.Comments, info.Comments},
	} {
		if kv[1] == "" {
			continue
		}
		if err := vi.Set(version.LangNeutral, kv[0], kv[1]); err != nil {
			return nil, fmt.Errorf("version information %s: %w", kv[0], err)
		}
	}
	rs.SetVersionInfo(vi)
	return rs, nil
}

// Syso is the object file with the resources of info for arch ("amd64" or
// "arm64").
func Syso(info Info, arch string) ([]byte, error) {
	rs, err := resources(info)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := rs.WriteObject(&b, winres.Arch(arch)); err != nil {
		return nil, fmt.Errorf("resources for windows/%s: %w", arch, err)
	}
	return b.Bytes(), nil
}

// WriteSyso writes the .syso of every architecture in Arches into dir and
// returns their paths by architecture.
func WriteSyso(dir string, info Info) (map[string]string, error) {
	paths := map[string]string{}
	for _, arch := range Arches {
		b, err := Syso(info, arch)
		if err != nil {
			return nil, err
		}
		p := filepath.Join(dir, SysoName(arch))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return nil, err
		}
		paths[arch] = p
	}
	return paths, nil
}

// Patch replaces the resources of the built, not yet signed, executable at
// path with those of info. The packaging tool uses it to give a hand-out
// the version it is released as, without touching the committed .syso
// files; sign the program after this, never before.
func Patch(path string, info Info) error {
	rs, err := resources(info)
	if err != nil {
		return err
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("patch resources: %w", err)
	}
	var out bytes.Buffer
	if err := rs.WriteToEXE(&out, bytes.NewReader(src)); err != nil {
		return fmt.Errorf("patch resources of %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, out.Bytes(), 0o755); err != nil {
		return fmt.Errorf("patch resources: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("patch resources: %w", err)
	}
	return nil
}
