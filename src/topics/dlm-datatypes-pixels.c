/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-datatypes-private.h"
#include "dlm-format.h"

/* Images as numbers: the grayscale view (one matrix of pixel values) and
 * the channel view (three), with the pixel drawing they share. */

static const DlmColor white = { 1, 1, 1, 1 };
static const DlmColor black = { 0, 0, 0, 1 };

/* What the figure calls the image: "landscape" or the file's name. */
static char *
image_name (DlmDatatypesTopic *self)
{
  return g_path_get_basename (self->image_text);
}

guint8
dlm_datatypes_pixel_value (const DlmImage *image,
                           int             channel,
                           guint           x,
                           guint           y)
{
  gsize i = (gsize) y * image->width + x;

  return channel < 0 ? image->gray[i] : image->rgb[i * 3 + channel];
}

/* The visible pixels as a Cairo image: grey levels (channel −1), one
 * channel tinted in its own colour (0, 1, 2: red light for R, …), or the
 * colours themselves (3). */
static cairo_surface_t *
window_surface (const DlmImage *image,
                int             channel,
                Window          w)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w.width, w.height);
  int stride = cairo_image_surface_get_stride (surface);
  guint8 *data = cairo_image_surface_get_data (surface);

  for (guint y = 0; y < w.height; y++)
    for (guint x = 0; x < w.width; x++)
      {
        const guint8 *p = image->rgb + ((gsize) (w.y0 + y) * image->width + w.x0 + x) * 3;
        guint32 v = channel < 3 ? dlm_datatypes_pixel_value (image, channel, w.x0 + x, w.y0 + y) : 0;
        guint32 rgb = channel == 3 ? ((guint32) p[0] << 16 | p[1] << 8 | p[2])
                    : channel < 0 ? (v << 16 | v << 8 | v) : v << (16 - 8 * channel);

        *(guint32 *) (data + (gsize) y * stride + (gsize) x * 4) = rgb;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

static void
paint_window (cairo_t         *cr,
              const DlmImage  *image,
              int              channel,
              Window           w,
              DlmRect          cells)
{
  cairo_surface_t *surface = window_surface (image, channel, w);

  cairo_save (cr);
  cairo_rectangle (cr, cells.x, cells.y, cells.width, cells.height);
  cairo_clip (cr);
  cairo_translate (cr, cells.x, cells.y);
  cairo_scale (cr, cells.width / w.width, cells.height / w.height);
  cairo_set_source_surface (cr, surface, 0, 0);
  /* sharp pixel blocks when enlarged, averaged when shrunk */
  cairo_pattern_set_filter (cairo_get_source (cr), cells.width >= w.width
                            ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

static void
stroke_grid (cairo_t        *cr,
             const DlmTheme *theme,
             Window          w,
             DlmRect         cells,
             double          cell)
{
  DlmColor line = dlm_color_with_alpha (&theme->background, 0.45);

  cairo_save (cr);
  dlm_theme_set_color (cr, &line);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1));
  for (guint i = 0; i <= w.width; i++)
    {
      cairo_move_to (cr, cells.x + i * cell, cells.y);
      cairo_rel_line_to (cr, 0, cells.height);
    }
  for (guint j = 0; j <= w.height; j++)
    {
      cairo_move_to (cr, cells.x, cells.y + j * cell);
      cairo_rel_line_to (cr, cells.width, 0);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The relative luminance (WCAG) of a cell painted as window_surface()
 * paints it; above 0.179 black text has the better contrast on it, below
 * white text. */
static double
cell_luminance (int    channel,
                guint8 value)
{
  static const double weight[] = { 0.2126, 0.7152, 0.0722 };
  double c = value / 255.0;
  double linear = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);

  return channel < 0 ? linear : weight[channel] * linear;
}

/* Each pixel's value in its cell, in black or white, whichever reads
 * better on the cell's colour. */
static void
write_values (cairo_t        *cr,
              const DlmTheme *theme,
              const DlmImage *image,
              int             channel,
              Window          w,
              DlmRect         cells,
              double          cell)
{
  double tw;
  DlmTextRole role;

  /* body text in cells that have room for it, small text otherwise */
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "255", &tw, NULL);
  role = cell >= tw * 1.6 ? DLM_TEXT_BODY : DLM_TEXT_SMALL;
  for (guint y = 0; y < w.height; y++)
    for (guint x = 0; x < w.width; x++)
      {
        guint8 v = dlm_datatypes_pixel_value (image, channel, w.x0 + x, w.y0 + y);
        char text[4];

        g_snprintf (text, sizeof text, "%u", v);
        dlm_text_draw (cr, theme, role, cell_luminance (channel, v) < 0.179 ? &white : &black,
                       cells.x + (x + 0.5) * cell, cells.y + (y + 0.5) * cell,
                       DLM_ANCHOR_CENTER, text);
      }
}

/* Row indices left of the cells and column indices above, NumPy's. */
static void
write_indices (cairo_t        *cr,
               const DlmTheme *theme,
               Window          w,
               DlmRect         cells,
               double          cell)
{
  double pad = dlm_theme_px (theme, 4);

  for (guint x = 0; x < w.width; x++)
    {
      char text[12];

      g_snprintf (text, sizeof text, "%u", w.x0 + x);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, cells.x + (x + 0.5) * cell,
                     cells.y - pad, DLM_ANCHOR_SOUTH, text);
    }
  for (guint y = 0; y < w.height; y++)
    {
      char text[12];

      g_snprintf (text, sizeof text, "%u", w.y0 + y);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, cells.x - pad,
                     cells.y + (y + 0.5) * cell, DLM_ANCHOR_EAST, text);
    }
}

/* Whether cells of @cell px are big enough to hold "255". */
static gboolean
values_fit (cairo_t        *cr,
            const DlmTheme *theme,
            double          cell)
{
  double tw, th;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "255", &tw, &th);
  return cell >= tw + dlm_theme_px (theme, 6) && cell >= th + dlm_theme_px (theme, 2);
}

static DlmRect
fit_cells (DlmRect area,
           Window  w,
           double *cell)
{
  DlmRect r;

  *cell = MIN (area.width / w.width, area.height / w.height);
  if (*cell >= 2)
    *cell = floor (*cell);
  r.width = *cell * w.width;
  r.height = *cell * w.height;
  r.x = round (area.x + (area.width - r.width) / 2);
  r.y = round (area.y + (area.height - r.height) / 2);
  return r;
}

/* One matrix of pixels in @area: the picture, a grid and the values when
 * the cells are big enough, and the indices around it. */
static PixelPanel
draw_pixels (cairo_t        *cr,
             const DlmTheme *theme,
             const DlmImage *image,
             int             channel,
             Window          w,
             DlmRect         area)
{
  PixelPanel panel = { { 0 }, 0, channel, TRUE };
  double margin_x, margin_y;
  gboolean values;

  panel.cells = fit_cells (area, w, &panel.cell);
  values = values_fit (cr, theme, panel.cell);
  if (values)
    {
      /* make room for the indices and fit again */
      dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0000", &margin_x, &margin_y);
      area.x += margin_x;
      area.width -= margin_x;
      area.y += margin_y * 1.3;
      area.height -= margin_y * 1.3;
      panel.cells = fit_cells (area, w, &panel.cell);
      values = values_fit (cr, theme, panel.cell);
    }
  paint_window (cr, image, channel, w, panel.cells);
  if (panel.cell >= dlm_theme_px (theme, 8))
    stroke_grid (cr, theme, w, panel.cells, panel.cell);
  if (values)
    {
      write_values (cr, theme, image, channel, w, panel.cells, panel.cell);
      write_indices (cr, theme, w, panel.cells, panel.cell);
    }
  return panel;
}

/* ---- drawing: views ------------------------------------------------- */

/* The factor that fits the widest of @lines into @width (at most 1, at
 * least 0.5), so a block of text shrinks as one. */
double
dlm_datatypes_lines_factor (cairo_t            *cr,
                            const DlmTheme     *theme,
                            const char *const  *lines,
                            double              width)
{
  double widest = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      double w;

      dlm_text_size (cr, theme, DLM_TEXT_BODY, lines[i], &w, NULL);
      widest = MAX (widest, w);
    }
  return widest > width ? MAX (width / widest, 0.5) : 1.0;
}

/* Lines of text from (x, y) down at @factor times the body size, left
 * aligned (DLM_ANCHOR_NORTH_WEST) or centred (DLM_ANCHOR_NORTH); the first
 * in the foreground colour, the rest in @rest. */
void
dlm_datatypes_draw_lines (cairo_t            *cr,
                          const DlmTheme     *theme,
                          double              x,
                          double              y,
                          DlmAnchor           anchor,
                          double              factor,
                          const DlmColor     *rest,
                          const char *const  *lines)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, factor, factor);
  y = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      double h;

      dlm_text_size (cr, theme, DLM_TEXT_BODY, lines[i], NULL, &h);
      dlm_text_draw (cr, theme, DLM_TEXT_BODY, i == 0 ? NULL : rest, 0, y, anchor, lines[i]);
      y += h * 1.25;
    }
  cairo_restore (cr);
}

/* The whole colour picture, small, with the zoomed part outlined. */
static double
draw_thumbnail (DlmDatatypesTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                DlmRect            area,
                Window             shown)
{
  Window all = { 0, 0, self->image->width, self->image->height };
  DlmRect box = area, cells;
  double cell;

  box.height = area.height * 0.45;
  cells = fit_cells (box, all, &cell);
  cells.x = area.x;
  paint_window (cr, self->image, 3, all, cells);
  /* the part shown, when it is a part: the notes say what the outline is */
  if (self->zoom == 1)
    return cells.y + cells.height;
  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_set_line_width (cr, dlm_theme_px (theme, 2));
  cairo_rectangle (cr, cells.x + shown.x0 * cell, cells.y + shown.y0 * cell,
                   shown.width * cell, shown.height * cell);
  cairo_stroke (cr);
  cairo_restore (cr);
  return cells.y + cells.height;
}

static void
draw_grayscale_notes (DlmDatatypesTopic *self,
                      cairo_t           *cr,
                      const DlmTheme    *theme,
                      DlmRect            area,
                      Window             w)
{
  g_autofree char *name = image_name (self);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *l0 = g_strdup_printf ("<b>%s</b>", escaped);
  g_autofree char *l0b = g_strdup_printf (_("Shape (H, W) = (%u, %u)"),
                                          self->image->height, self->image->width);
  g_autofree char *l1 = self->zoom == 1
    ? g_strdup (_("Zoom 1: every pixel"))
    : g_strdup_printf (_("Zoom %u: rows %u–%u, columns %u–%u (outlined)"), self->zoom, w.y0,
                       w.y0 + w.height - 1, w.x0, w.x0 + w.width - 1);
  const char *lines[] = {
    l0, l0b, l1,
    _("uint8: 0 is black, 255 is white"),
    _("Gray level, rounded:"),
    "Y = 0.299 R + 0.587 G + 0.114 B",
    NULL
  };
  double y = draw_thumbnail (self, cr, theme, area, w);

  dlm_datatypes_draw_lines (cr, theme, area.x, y + dlm_theme_px (theme, 12), DLM_ANCHOR_NORTH_WEST,
              dlm_datatypes_lines_factor (cr, theme, lines, area.width), NULL, lines);
}

void
dlm_datatypes_render_grayscale (DlmDatatypesTopic *self,
                                cairo_t           *cr,
                                const DlmTheme    *theme,
                                DlmRect            area)
{
  Window w = dlm_datatypes_visible_window (self);
  double gap = dlm_theme_px (theme, 28);
  DlmRect left = area, right = area;

  left.width = area.width * 0.64 - gap / 2;
  right.x = area.x + area.width * 0.64 + gap / 2;
  right.width = area.width * 0.36 - gap / 2;
  self->panels[0] = draw_pixels (cr, theme, self->image, -1, w, left);
  draw_grayscale_notes (self, cr, theme, right, w);
}

/* Places the three channel matrices in @slots and draws the two shapes:
 * in a row with the shapes below on a wide figure, two by two with the
 * shapes in the fourth place on a narrow one. */
static void
layout_channels (DlmDatatypesTopic *self,
                 cairo_t           *cr,
                 const DlmTheme    *theme,
                 DlmRect            area,
                 DlmRect           *slots)
{
  guint H = self->image->height, W = self->image->width;
  g_autofree char *torch = g_strdup_printf (_("PyTorch (C, H, W) = (3, %u, %u)"), H, W);
  g_autofree char *numpy = g_strdup_printf (_("NumPy and PIL (H, W, C) = (%u, %u, 3)"), H, W);
  g_autofree char *both = g_strdup_printf ("%s     %s", torch, numpy);
  const char *shapes[] = { torch, numpy, NULL };
  double gap = dlm_theme_px (theme, 24), th;
  DlmRect top = area;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, both, NULL, &th);
  if (area.width >= area.height * 1.6)
    {
      top.height -= th * 2;
      for (guint c = 0; c < 3; c++)
        slots[c] = dlm_rect_column (top, 3, c, gap);
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, area.x + area.width / 2,
                            area.y + area.height, DLM_ANCHOR_SOUTH, area.width, both);
      return;
    }
  for (guint k = 0; k < 4; k++)
    slots[k] = dlm_rect_column (dlm_rect_row (area, 2, k / 2, gap), 2, k % 2, gap);
  dlm_datatypes_draw_lines (cr, theme, slots[3].x + slots[3].width / 2, slots[3].y + slots[3].height / 3,
              DLM_ANCHOR_NORTH, dlm_datatypes_lines_factor (cr, theme, shapes, slots[3].width), NULL, shapes);
}

/* The value scale under a channel: black (0) to the channel's full
 * colour (255), as the cells above are painted, with its ends labelled. */
static void
draw_channel_scale (cairo_t        *cr,
                    const DlmTheme *theme,
                    int             channel,
                    DlmRect         bar)
{
  cairo_pattern_t *ramp = cairo_pattern_create_linear (bar.x, 0, bar.x + bar.width, 0);
  double pad = dlm_theme_px (theme, 4), y = bar.y + bar.height + pad;

  cairo_pattern_add_color_stop_rgb (ramp, 0, 0, 0, 0);
  cairo_pattern_add_color_stop_rgb (ramp, 1, channel == 0, channel == 1, channel == 2);
  cairo_save (cr);
  cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
  cairo_set_source (cr, ramp);
  cairo_fill_preserve (cr);
  /* an edge, so the black end shows on a dark background */
  dlm_theme_set_color (cr, &theme->muted);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1));
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (ramp);
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, bar.x, y, DLM_ANCHOR_NORTH_WEST, "0");
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, bar.x + bar.width / 2, y, DLM_ANCHOR_NORTH,
                 _("value (uint8)"));
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, bar.x + bar.width, y, DLM_ANCHOR_NORTH_EAST, "255");
}

/* One channel: its matrix, its title right above it (above the column
 * indices when they are shown) and its value scale right below. */
static PixelPanel
draw_channel (DlmDatatypesTopic *self,
              cairo_t           *cr,
              const DlmTheme    *theme,
              int                channel,
              Window             w,
              DlmRect            col)
{
  const char *titles[3] = { _("Red, channel 0"), _("Green, channel 1"), _("Blue, channel 2") };
  g_autofree char *title = g_strdup_printf ("<b>%s</b>", titles[channel]);
  double th, sh, pad = dlm_theme_px (theme, 6), above;
  PixelPanel panel;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Ag", NULL, &th);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Ag", NULL, &sh);
  col.y += th + pad;
  col.height -= th + pad + sh * 1.6 + sh + 2 * pad;
  panel = draw_pixels (cr, theme, self->image, channel, w, col);
  above = values_fit (cr, theme, panel.cell) ? sh * 1.3 : 0;
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, panel.cells.x + panel.cells.width / 2,
                        panel.cells.y - above - pad, DLM_ANCHOR_SOUTH, col.width, title);
  draw_channel_scale (cr, theme, channel, (DlmRect) { panel.cells.x, panel.cells.y + panel.cells.height + pad * 2,
                                                      panel.cells.width, sh * 0.9 });
  return panel;
}

void
dlm_datatypes_render_channels (DlmDatatypesTopic *self,
                               cairo_t           *cr,
                               const DlmTheme    *theme,
                               DlmRect            area)
{
  Window w = dlm_datatypes_visible_window (self);
  DlmRect slots[4];

  layout_channels (self, cr, theme, area, slots);
  for (guint c = 0; c < 3; c++)
    self->panels[c] = draw_channel (self, cr, theme, c, w, slots[c]);
}
