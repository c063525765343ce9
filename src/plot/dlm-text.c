/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <pango/pangocairo.h>

#include "dlm-layout.h"
#include "dlm-plot.h"

static const cairo_user_data_key_t layout_key;

/* Creating the font map starts fontconfig's set-up on a thread of Pango's;
 * a caller that will draw text soon calls this first, so that set-up runs
 * while it does other work. */
void
dlm_text_prepare (void)
{
  pango_cairo_font_map_get_default ();
}

static double
role_factor (DlmTextRole role)
{
  switch (role)
    {
    case DLM_TEXT_SMALL:    return 0.85;
    case DLM_TEXT_TITLE:    return 1.3;
    case DLM_TEXT_HEADLINE: return 1.9;
    case DLM_TEXT_BODY:
    default:                return 1.0;
    }
}

/* One PangoLayout per cairo context, kept as the context's user data: a
 * figure draws dozens of labels and making a layout for each is the most
 * expensive part of a frame. */
static PangoLayout *
get_layout (cairo_t        *cr,
            const DlmTheme *theme,
            DlmTextRole     role,
            const char     *markup)
{
  PangoLayout *layout = cairo_get_user_data (cr, &layout_key);
  g_autoptr(PangoFontDescription) font = NULL;

  if (layout == NULL)
    {
      layout = pango_cairo_create_layout (cr);
      /* The locale's language, set rather than left as the default: else
       * Pango gives runs of letters their script's sample language ("en")
       * and runs of digits the locale's ("c" in C.UTF-8), two font
       * patterns per size where one does (the same fonts, the same
       * pixels), and each new pattern costs fontconfig work on two
       * threads Pango starts: 7 instead of 10 for softmax's figure, 2 ms
       * of a 45 ms command-line export. */
      pango_context_set_language (pango_layout_get_context (layout),
                                  pango_language_get_default ());
      cairo_set_user_data (cr, &layout_key, layout, g_object_unref);
    }
  else
    pango_cairo_update_layout (cr, layout);

  font = pango_font_description_new ();
  pango_font_description_set_family (font, theme->font_family);
  pango_font_description_set_absolute_size (font,
    theme->font_size * theme->scale * role_factor (role) * PANGO_SCALE);
  if (role == DLM_TEXT_TITLE || role == DLM_TEXT_HEADLINE)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* For the layout check: the ink of @layout about to be drawn at (@x, @y). */
static void
note_layout (cairo_t        *cr,
             const DlmTheme *theme,
             DlmTextRole     role,
             const DlmColor *color,
             PangoLayout    *layout,
             double          x,
             double          y,
             const char     *markup)
{
  PangoRectangle ink;

  if (!dlm_layout_is_logging (cr))
    return;
  pango_layout_get_extents (layout, &ink, NULL);
  dlm_layout_note_text (cr, x + (double) ink.x / PANGO_SCALE, y + (double) ink.y / PANGO_SCALE,
                        (double) ink.width / PANGO_SCALE, (double) ink.height / PANGO_SCALE,
                        color, theme->font_size * theme->scale * role_factor (role),
                        role == DLM_TEXT_TITLE || role == DLM_TEXT_HEADLINE, markup);
}

void
dlm_text_size (cairo_t        *cr,
               const DlmTheme *theme,
               DlmTextRole     role,
               const char     *markup,
               double         *width,
               double         *height)
{
  PangoLayout *layout = get_layout (cr, theme, role, markup);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

static void
anchor_offset (DlmAnchor  anchor,
               double     w,
               double     h,
               double    *dx,
               double    *dy)
{
  switch (anchor)
    {
    case DLM_ANCHOR_NORTH:      *dx = -w / 2; *dy = 0;      break;
    case DLM_ANCHOR_SOUTH:      *dx = -w / 2; *dy = -h;     break;
    case DLM_ANCHOR_EAST:       *dx = -w;     *dy = -h / 2; break;
    case DLM_ANCHOR_WEST:       *dx = 0;      *dy = -h / 2; break;
    case DLM_ANCHOR_NORTH_WEST: *dx = 0;      *dy = 0;      break;
    case DLM_ANCHOR_NORTH_EAST: *dx = -w;     *dy = 0;      break;
    case DLM_ANCHOR_SOUTH_WEST: *dx = 0;      *dy = -h;     break;
    case DLM_ANCHOR_SOUTH_EAST: *dx = -w;     *dy = -h;     break;
    case DLM_ANCHOR_CENTER:
    default:                    *dx = -w / 2; *dy = -h / 2; break;
    }
}

/* Like dlm_text_draw(), but scaled down (to half size at most) when the text
 * is wider than @max_width: long titles shrink instead of overlapping. */
void
dlm_text_draw_fitted (cairo_t        *cr,
                      const DlmTheme *theme,
                      DlmTextRole     role,
                      const DlmColor *color,
                      double          x,
                      double          y,
                      DlmAnchor       anchor,
                      double          max_width,
                      const char     *markup)
{
  double w, factor;

  dlm_text_size (cr, theme, role, markup, &w, NULL);
  factor = w > max_width && max_width > 0 ? MAX (max_width / w, 0.5) : 1.0;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, factor, factor);
  dlm_text_draw (cr, theme, role, color, 0, 0, anchor, markup);
  cairo_restore (cr);
}

void
dlm_text_draw (cairo_t        *cr,
               const DlmTheme *theme,
               DlmTextRole     role,
               const DlmColor *color,
               double          x,
               double          y,
               DlmAnchor       anchor,
               const char     *markup)
{
  PangoLayout *layout = get_layout (cr, theme, role, markup);
  PangoRectangle logical;
  double dx, dy;

  pango_layout_get_extents (layout, NULL, &logical);
  anchor_offset (anchor, (double) logical.width / PANGO_SCALE,
                 (double) logical.height / PANGO_SCALE, &dx, &dy);

  color = color != NULL ? color : &theme->foreground;
  note_layout (cr, theme, role, color, layout, x + dx, y + dy, markup);
  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  cairo_move_to (cr, x + dx, y + dy);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  dlm_layout_text_drawn (cr);
}

/* @markup with the spaces around each " = " made no-break ones: a wrapped
 * line never ends before an equals sign and leaves "= 5" alone on the next. */
static char *
join_equations (const char *markup)
{
  g_autoptr(GString) joined = g_string_new (markup);

  g_string_replace (joined, " = ", "\u00a0=\u00a0", 0);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* The shared layout of @markup wrapped at word boundaries to @width; give
 * it back with unwrap() so the labels after it are not wrapped. */
static PangoLayout *
wrapped_layout (cairo_t        *cr,
                const DlmTheme *theme,
                DlmTextRole     role,
                const char     *markup,
                double          width,
                double         *height)
{
  g_autofree char *joined = join_equations (markup);
  PangoLayout *layout = get_layout (cr, theme, role, joined);
  PangoRectangle logical;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_get_extents (layout, NULL, &logical);
  *height = (double) logical.height / PANGO_SCALE;
  return layout;
}

static void
unwrap (PangoLayout *layout)
{
  pango_layout_set_width (layout, -1);
}

/* The height of @markup wrapped to @width. */
double
dlm_text_wrapped_height (cairo_t        *cr,
                         const DlmTheme *theme,
                         DlmTextRole     role,
                         const char     *markup,
                         double          width)
{
  double height;

  unwrap (wrapped_layout (cr, theme, role, markup, width, &height));
  return height;
}

/* A paragraph wrapped at word boundaries to @width, its top left corner at
 * (@x, @y); returns its height. */
double
dlm_text_draw_wrapped (cairo_t        *cr,
                       const DlmTheme *theme,
                       DlmTextRole     role,
                       const DlmColor *color,
                       double          x,
                       double          y,
                       double          width,
                       const char     *markup)
{
  double height;
  PangoLayout *layout = wrapped_layout (cr, theme, role, markup, width, &height);

  color = color != NULL ? color : &theme->foreground;
  note_layout (cr, theme, role, color, layout, x, y, markup);
  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  dlm_layout_text_drawn (cr);
  unwrap (layout);
  return height;
}

/* How much a box wider than @max_width (when above 0) is shrunk: to fit,
 * but never below half size. */
static double
boxed_factor (double box_width,
              double max_width)
{
  return max_width > 0 && box_width > max_width ? MAX (max_width / box_width, 0.5) : 1;
}

/* The size dlm_text_draw_boxed() gives @markup's box, its plate's padding
 * and any shrinking included: for placing it before it is drawn. */
void
dlm_text_boxed_size (cairo_t        *cr,
                     const DlmTheme *theme,
                     DlmTextRole     role,
                     const char     *markup,
                     double          max_width,
                     double         *width,
                     double         *height)
{
  double w, h, pad = dlm_theme_px (theme, 6), factor;

  dlm_text_size (cr, theme, role, markup, &w, &h);
  factor = boxed_factor (w + 2 * pad, max_width);
  if (width != NULL)
    *width = (w + 2 * pad) * factor;
  if (height != NULL)
    *height = (h + 2 * pad) * factor;
}

/* Text on a rounded plate of the background colour, for labels that sit on
 * top of curves and must stay legible. */
void
dlm_text_draw_boxed (cairo_t        *cr,
                     const DlmTheme *theme,
                     DlmTextRole     role,
                     double          x,
                     double          y,
                     DlmAnchor       anchor,
                     double          max_width,
                     const char     *markup)
{
  double w, h, dx, dy, factor;
  double pad = dlm_theme_px (theme, 6);
  double r = dlm_theme_px (theme, 4);
  DlmColor plate = dlm_color_with_alpha (&theme->background, 0.92);

  dlm_text_size (cr, theme, role, markup, &w, &h);
  factor = boxed_factor (w + 2 * pad, max_width);
  anchor_offset (anchor, (w + 2 * pad) * factor, (h + 2 * pad) * factor, &dx, &dy);

  cairo_save (cr);
  /* scale about the box's own corner so it stays where it was anchored */
  cairo_translate (cr, x + dx, y + dy);
  cairo_scale (cr, factor, factor);
  x = y = dx = dy = 0;
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + dx + w + 2 * pad - r, y + dy + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + dx + w + 2 * pad - r, y + dy + h + 2 * pad - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + dx + r, y + dy + h + 2 * pad - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + dx + r, y + dy + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  dlm_layout_note_plate (cr, 0, 0, w + 2 * pad, h + 2 * pad);
  dlm_theme_set_color (cr, &plate);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &theme->grid);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1));
  cairo_stroke (cr);
  dlm_text_draw (cr, theme, role, NULL, pad, pad, DLM_ANCHOR_NORTH_WEST, markup);
  cairo_restore (cr);
}
