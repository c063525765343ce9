/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <png.h>
#include <zlib.h>

#include "dlm-error.h"
#include "dlm-export.h"

#define MAX_SIDE 16384

gboolean
dlm_format_from_path (const char  *path,
                      DlmFormat   *format,
                      GError     **error)
{
  static const struct { const char *ext; DlmFormat format; } formats[] = {
    { ".png", DLM_FORMAT_PNG }, { ".svg", DLM_FORMAT_SVG },
    { ".pdf", DLM_FORMAT_PDF }, { ".csv", DLM_FORMAT_CSV },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].ext))
      {
        *format = formats[i].format;
        return TRUE;
      }

  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("export: “%s” has no known extension; accepted: .png, .svg, .pdf, .csv"),
               path);
  return FALSE;
}

cairo_surface_t *
dlm_export_to_image (int         width,
                     int         height,
                     DlmDrawFunc draw,
                     gpointer    data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  draw (cr, width, height, data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
png_append (png_structp png,
            png_bytep   bytes,
            png_size_t  len)
{
  g_byte_array_append (png_get_io_ptr (png), bytes, len);
}

static void
png_flush (png_structp png)
{
}

/* Figures are opaque (the figure paints its background), so the PNG is RGB
 * without alpha. The encoder settings were measured on a 1920×1080 softmax
 * figure: libpng's defaults (zlib level 6, adaptive filters) take 38 ms for
 * 51 kB; zlib level 3 with no row filter takes 8.5 ms for 89 kB. Plots are
 * large flat areas, which deflate finds without help from a filter, and the
 * filter pass would cost more than it saves. */
static gboolean
encode_png (cairo_surface_t *surface,
            GByteArray      *out)
{
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png != NULL ? png_create_info_struct (png) : NULL;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  unsigned char *pixels = cairo_image_surface_get_data (surface);

  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      return FALSE;
    }

  png_set_write_fn (png, out, png_append, png_flush);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level (png, 3);
  png_set_compression_strategy (png, Z_DEFAULT_STRATEGY);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_write_info (png, info);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  png_set_bgr (png);
  png_set_filler (png, 0, PNG_FILLER_AFTER);
#else
  png_set_filler (png, 0, PNG_FILLER_BEFORE);
#endif
  for (int y = 0; y < height; y++)
    png_write_row (png, pixels + (gsize) y * stride);
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  return TRUE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
render_vector (DlmFormat    format,
               int          width,
               int          height,
               DlmDrawFunc  draw,
               gpointer     data,
               GByteArray  *out)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (format == DLM_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, out, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width, height);

  cr = cairo_create (surface);
  draw (cr, width, height, data);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status == CAIRO_STATUS_SUCCESS;
}

/* Renders a figure into the bytes of a PNG, SVG or PDF file. */
GBytes *
dlm_export_to_bytes (DlmFormat     format,
                     int           width,
                     int           height,
                     DlmDrawFunc   draw,
                     gpointer      data,
                     GError      **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gboolean ok;

  g_return_val_if_fail (format != DLM_FORMAT_CSV, NULL);

  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("size: %d×%d is not accepted; width and height must be 1 to %d pixels"),
                   width, height, MAX_SIDE);
      return NULL;
    }

  if (format == DLM_FORMAT_PNG)
    {
      cairo_surface_t *surface = dlm_export_to_image (width, height, draw, data);
      ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS && encode_png (surface, out);
      cairo_surface_destroy (surface);
    }
  else
    ok = render_vector (format, width, height, draw, data, out);

  if (!ok)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("The figure could not be rendered (%d×%d); try a smaller size"),
                   width, height);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* Writes through a temporary file in the same folder and renames it over
 * @path, so a failed or interrupted export never leaves a partial file. */
gboolean
dlm_write_atomically (const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("Could not save “%s”: it is a folder; give a file name"), path);
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0)
    {
      int saved = errno;
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("Could not save “%s”: the folder “%s” cannot be written to (%s)"),
                   path, dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, data != NULL ? data : "", len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
                   _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}
