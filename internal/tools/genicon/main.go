// Command genicon draws the program's icon, assets/piketpalen.png: a
// surveyor's stake (a piketpaal) with red and white bands, driven into the
// ground, on a rounded dark-green square. It is drawn here, in code, so the
// icon is the project's own work and can be changed without a drawing
// program. The Windows resources (internal/winresource) turn it into an .ico of
// several sizes. Run it after a change:
//
//	go generate ./assets
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

const (
	size = 256 // pixels; Windows shows 256×256 at most
	ss   = 4   // samples per pixel along each axis, for smooth edges
)

var (
	background = color.NRGBA{0x1d, 0x5c, 0x4f, 0xff} // dark green
	ground     = color.NRGBA{0x7a, 0x55, 0x2e, 0xff} // earth
	wood       = color.NRGBA{0xe8, 0xc8, 0x8e, 0xff}
	woodShade  = color.NRGBA{0xc9, 0xa2, 0x62, 0xff}
	red        = color.NRGBA{0xd2, 0x2b, 0x2b, 0xff}
	white      = color.NRGBA{0xfa, 0xfa, 0xfa, 0xff}
)

// shape is one layer: whether a point (in pixels, 0..size) is inside, and
// its colour there. Later layers are drawn over earlier ones.
type shape struct {
	in  func(x, y float64) bool
	col func(x, y float64) color.NRGBA
}

func solid(c color.NRGBA) func(x, y float64) color.NRGBA {
	return func(float64, float64) color.NRGBA { return c }
}

// roundedSquare is the whole icon's area, with corners of radius r.
func roundedSquare(x, y, r float64) bool {
	cx := math.Max(r, math.Min(size-r, x))
	cy := math.Max(r, math.Min(size-r, y))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
}

// The stake: a post from top to tip, pointed at the bottom; the ground,
// drawn over it, hides the point.
const (
	stakeL, stakeR = 108.0, 148.0
	stakeTop       = 34.0
	pointTop       = 178.0
	tip            = 214.0
	groundY        = 188.0
)

func inStake(x, y float64) bool {
	if y < stakeTop || y > tip {
		return false
	}
	if y <= pointTop {
		return x >= stakeL && x <= stakeR
	}
	half := (stakeR - stakeL) / 2 * (tip - y) / (tip - pointTop)
	mid := (stakeL + stakeR) / 2
	return x >= mid-half && x <= mid+half
}

func stakeColour(x, y float64) color.NRGBA {
	if y >= stakeTop && y < stakeTop+72 {
		if int((y-stakeTop)/24)%2 == 0 {
			return red
		}
		return white
	}
	if x > (stakeL+stakeR)/2+6 {
		return woodShade
	}
	return wood
}

func main() {
	layers := []shape{
		{func(x, y float64) bool { return roundedSquare(x, y, 40) }, solid(background)},
		{inStake, stakeColour},
		{func(x, y float64) bool { return roundedSquare(x, y, 40) && y >= groundY }, solid(ground)},
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x, y := float64(px)+(float64(sx)+0.5)/ss, float64(py)+(float64(sy)+0.5)/ss
					for i := len(layers) - 1; i >= 0; i-- {
						if layers[i].in(x, y) {
							c := layers[i].col(x, y)
							r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+255
							break
						}
					}
				}
			}
			n := float64(ss * ss)
			if a == 0 {
				continue
			}
			cover := a / 255 // samples covered
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / cover)), G: uint8(math.Round(g / cover)), B: uint8(math.Round(b / cover)),
				A: uint8(math.Round(a / n)),
			})
		}
	}
	out := "piketpalen.png" // go generate runs in assets/
	f, err := os.Create(out)
	if err == nil {
		err = png.Encode(f, img)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genicon:", err)
		os.Exit(1)
	}
}
