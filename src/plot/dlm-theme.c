/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-theme.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

/* Series colours are the Okabe–Ito palette, which stays distinguishable
 * under the common colour-vision deficiencies; each theme orders it so the
 * first colours have the most contrast against its background. Vermilion
 * is kept out of the series: it is the highlight, one meaning everywhere,
 * in a shade that reads as text (4.5:1) on the theme's background. Figures use
 * DejaVu Sans (as matplotlib does) so exports look the same everywhere. */
static const DlmTheme themes[] = {
  [DLM_THEME_LIGHT] = {
    .kind = DLM_THEME_LIGHT, .scale = 1.0,
    .background = RGB (0xffffff), .foreground = RGB (0x241f31),
    .muted = RGB (0x5e5c64), .grid = RGBA (0x241f31, 0.10),
    .highlight = RGB (0xc04f00), .error = RGB (0xc01c28),
    .series = { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xcc79a7),
                RGB (0x56b4e9), RGB (0x3d3846), RGB (0xf0e442) },
    .line_width = 2.0, .font_size = 15.0, .font_family = "DejaVu Sans",
  },
  [DLM_THEME_DARK] = {
    .kind = DLM_THEME_DARK, .scale = 1.0,
    .background = RGB (0x1e1e1e), .foreground = RGBA (0xffffff, 0.92),
    .muted = RGB (0xa8a6a3), .grid = RGBA (0xffffff, 0.12),
    .highlight = RGB (0xee7733), .error = RGB (0xff7b63),
    .series = { RGB (0x56b4e9), RGB (0xe69f00), RGB (0x009e73), RGB (0xcc79a7),
                RGB (0xf0e442), RGB (0xdeddda), RGB (0x0072b2) },
    .line_width = 2.0, .font_size = 15.0, .font_family = "DejaVu Sans",
  },
  [DLM_THEME_PROJECTOR] = {
    .kind = DLM_THEME_PROJECTOR, .scale = 1.0,
    .background = RGB (0xffffff), .foreground = RGB (0x000000),
    .muted = RGB (0x1a1a1a), .grid = RGBA (0x000000, 0.22),
    .highlight = RGB (0xc04f00), .error = RGB (0xa51d2d),
    .series = { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xcc79a7),
                RGB (0x56b4e9), RGB (0x5e5c64), RGB (0x000000) },
    .line_width = 4.0, .font_size = 21.0, .font_family = "DejaVu Sans",
  },
};

static const char *theme_names[] = { "light", "dark", "projector" };

void
dlm_theme_init (DlmTheme     *theme,
                DlmThemeKind  kind,
                double        scale)
{
  g_return_if_fail (theme != NULL);
  g_return_if_fail (kind <= DLM_THEME_PROJECTOR);
  g_return_if_fail (scale > 0);

  *theme = themes[kind];
  theme->scale = scale;
}

gboolean
dlm_theme_kind_from_string (const char   *name,
                            DlmThemeKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (theme_names); i++)
    if (g_strcmp0 (name, theme_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
dlm_theme_kind_to_string (DlmThemeKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (theme_names), NULL);
  return theme_names[kind];
}

void
dlm_theme_set_color (cairo_t        *cr,
                     const DlmColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

DlmColor
dlm_color_with_alpha (const DlmColor *color,
                      double          alpha)
{
  DlmColor c = *color;

  c.alpha *= alpha;
  return c;
}

/* @color blended into @other, opaque: a faint line drawn this way looks
 * like a translucent one over the background, but cairo strokes an opaque
 * line without the mask a translucent one needs (several times faster for
 * long polylines). */
DlmColor
dlm_color_mix (const DlmColor *color,
               const DlmColor *other,
               double          amount)
{
  DlmColor c = {
    color->red * amount + other->red * (1 - amount),
    color->green * amount + other->green * (1 - amount),
    color->blue * amount + other->blue * (1 - amount),
    1.0,
  };

  return c;
}

/* Type and strokes are designed for a 1280×720 figure; bigger figures (a
 * 1920×1080 slide) scale them with the square root of the area ratio, so a
 * figure keeps its proportions when it is exported bigger. Small views keep
 * at least 80 % so labels stay legible; the plot kit fits what would not. */
double
dlm_theme_auto_scale (double width,
                      double height)
{
  return CLAMP (sqrt (width * height / (1280.0 * 720.0)), 0.8, 4.0);
}

static double
channel_luminance (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
relative_luminance (const DlmColor *c)
{
  return 0.2126 * channel_luminance (c->red) + 0.7152 * channel_luminance (c->green) +
         0.0722 * channel_luminance (c->blue);
}

/**
 * dlm_color_contrast:
 *
 * The WCAG 2 contrast ratio of @color, composited by its alpha over the
 * opaque @backdrop: from 1 to 21.
 */
double
dlm_color_contrast (const DlmColor *color,
                    const DlmColor *backdrop)
{
  DlmColor seen = dlm_color_mix (color, backdrop, color->alpha);
  double a = relative_luminance (&seen), b = relative_luminance (backdrop);

  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/**
 * dlm_theme_text_color:
 *
 * @color, or the nearest shade of it towards the theme's foreground that
 * small text in it reads at 4.5:1 on the theme's background (WCAG AA): the
 * way to label something in its series colour without pale text.
 */
DlmColor
dlm_theme_text_color (const DlmTheme *theme,
                      const DlmColor *color)
{
  DlmColor c = dlm_color_mix (color, &theme->background, color->alpha);

  for (int step = 1; step <= 20 && dlm_color_contrast (&c, &theme->background) < 4.6; step++)
    c = dlm_color_mix (&theme->foreground, color, step / 20.0);
  return c;
}

/**
 * dlm_theme_text_on:
 *
 * The colour for text drawn on a @fill: @preferred (NULL: the foreground)
 * while it reads at 4.5:1 there, else the foreground or the background,
 * whichever stands out more (white numbers on a dark heat-map cell).
 */
DlmColor
dlm_theme_text_on (const DlmTheme *theme,
                   const DlmColor *fill,
                   const DlmColor *preferred)
{
  DlmColor opaque = dlm_color_mix (fill, &theme->background, fill->alpha);
  const DlmColor *want = preferred != NULL ? preferred : &theme->foreground;

  if (dlm_color_contrast (want, &opaque) >= 4.5)
    return *want;
  if (dlm_color_contrast (&theme->foreground, &opaque) >= dlm_color_contrast (&theme->background, &opaque))
    return theme->foreground;
  return theme->background;
}
