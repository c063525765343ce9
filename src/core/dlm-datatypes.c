/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dlm-datatypes.h"
#include "dlm-error.h"

/* The built-in picture lives in a resource bundle compiled into this
 * library (resources/dlm-data.gresource.xml). */
GResource *dlm_data_get_resource (void);

#define BUILTIN_PATH "/io/github/dlmath/Explorer/data/landscape.png"

typedef struct {
  const char *field;
  const char *source;
  gboolean    too_large;
  guint       width, height;
} LoadState;

static void
set_accepted_error (GError     **error,
                    int          code,
                    const char  *field,
                    const char  *what)
{
  g_set_error (error, DLM_ERROR, code,
               /* TRANSLATORS: "image: cannot read “x.png” (No such file);
                * accepted: ..."; "landscape" is a name to type, keep it */
               _("%s: %s; accepted: a PNG or JPEG file, or the built-in picture “landscape”"),
               field, what);
}

static GBytes *
read_source (const char  *field,
             const char  *source,
             GError     **error)
{
  GStatBuf st;
  char *contents;
  gsize length;
  g_autoptr(GError) local = NULL;

  if (g_strcmp0 (source, DLM_IMAGE_BUILTIN) == 0)
    return g_resource_lookup_data (dlm_data_get_resource (), BUILTIN_PATH, 0, error);

  if (g_stat (source, &st) == 0 && (guint64) st.st_size > DLM_IMAGE_MAX_FILE_BYTES)
    {
      g_autofree char *what = g_strdup_printf (_("“%s” is larger than 256 MB"), source);
      set_accepted_error (error, DLM_ERROR_TOO_LARGE, field, what);
      return NULL;
    }
  if (!g_file_get_contents (source, &contents, &length, &local))
    {
      g_autofree char *what = g_strdup_printf (_("cannot read “%s” (%s)"), source, local->message);
      set_accepted_error (error, DLM_ERROR_INVALID, field, what);
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

/* Very large images are not decoded at full size: the loader is asked for a
 * one-pixel image and the real size is refused afterwards. */
static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  LoadState       *state)
{
  state->width = width;
  state->height = height;
  state->too_large = width > DLM_IMAGE_MAX_SIDE || height > DLM_IMAGE_MAX_SIDE;
  if (state->too_large)
    gdk_pixbuf_loader_set_size (loader, 1, 1);
}

static gboolean
is_accepted_format (GdkPixbufLoader *loader)
{
  GdkPixbufFormat *format = gdk_pixbuf_loader_get_format (loader);
  g_autofree char *name = format ? gdk_pixbuf_format_get_name (format) : NULL;

  return g_strcmp0 (name, "png") == 0 || g_strcmp0 (name, "jpeg") == 0;
}

static void
set_not_image_error (LoadState  *state,
                     GError    **error)
{
  g_autofree char *what = g_strdup_printf (_("“%s” is not a PNG or JPEG image"), state->source);

  set_accepted_error (error, DLM_ERROR_INVALID, state->field, what);
}

static gboolean
check_decoded (GdkPixbufLoader *loader,
               LoadState       *state,
               gboolean         decoded,
               GError         **error)
{
  if (!decoded || !is_accepted_format (loader) || gdk_pixbuf_loader_get_pixbuf (loader) == NULL)
    {
      set_not_image_error (state, error);
      return FALSE;
    }
  if (state->too_large)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: “%s” is %u × %u pixels; accepted: at most %u × %u pixels"),
                   state->field, state->source, state->width, state->height,
                   DLM_IMAGE_MAX_SIDE, DLM_IMAGE_MAX_SIDE);
      return FALSE;
    }
  return TRUE;
}

static GdkPixbuf *
decode (LoadState  *state,
        GBytes     *bytes,
        GError    **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  gboolean decoded;

  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), state);
  decoded = size > 0 && gdk_pixbuf_loader_write (loader, data, size, NULL);
  /* close even after a failed write, which the loader requires */
  decoded = gdk_pixbuf_loader_close (loader, NULL) && decoded;
  if (!check_decoded (loader, state, decoded, error))
    return NULL;
  return g_object_ref (gdk_pixbuf_loader_get_pixbuf (loader));
}

static DlmImage *
image_from_pixbuf (GdkPixbuf  *pixbuf,
                   const char *format)
{
  DlmImage *image = g_new0 (DlmImage, 1);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *pixels = gdk_pixbuf_read_pixels (pixbuf);

  image->width = gdk_pixbuf_get_width (pixbuf);
  image->height = gdk_pixbuf_get_height (pixbuf);
  image->format = g_strdup (format);
  image->rgb = g_malloc ((gsize) image->width * image->height * 3);
  image->gray = g_malloc ((gsize) image->width * image->height);
  for (guint y = 0; y < image->height; y++)
    for (guint x = 0; x < image->width; x++)
      {
        const guint8 *p = pixels + (gsize) y * stride + (gsize) x * channels;
        guint8 *q = image->rgb + ((gsize) y * image->width + x) * 3;

        memcpy (q, p, 3);
        image->gray[(gsize) y * image->width + x] = dlm_luma (p[0], p[1], p[2]);
      }
  return image;
}

DlmImage *
dlm_image_load (const char  *field,
                const char  *source,
                GError     **error)
{
  LoadState state = { field, source, FALSE, 0, 0 };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  const char *format;

  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (strspn (source, " \t\n\r") == strlen (source))
    {
      set_accepted_error (error, DLM_ERROR_EMPTY, field, _("no image was given"));
      return NULL;
    }
  if (!(bytes = read_source (field, source, error)))
    return NULL;
  if (!(pixbuf = decode (&state, bytes, error)))
    return NULL;
  /* PNG files start with \x89PNG; everything else accepted is JPEG */
  format = g_bytes_get_size (bytes) >= 4
           && memcmp (g_bytes_get_data (bytes, NULL), "\x89PNG", 4) == 0 ? "png" : "jpeg";
  return image_from_pixbuf (pixbuf, format);
}

void
dlm_image_free (DlmImage *image)
{
  if (image == NULL)
    return;
  g_free (image->rgb);
  g_free (image->gray);
  g_free (image->format);
  g_free (image);
}

guint8
dlm_luma (guint8 r,
          guint8 g,
          guint8 b)
{
  /* in this order and in double precision, as np.round(rgb @ [0.299,
   * 0.587, 0.114]); nearbyint() rounds halves to even, as np.round does */
  double y = 0.299 * r + 0.587 * g + 0.114 * b;

  return (guint8) nearbyint (y);
}

guint64
dlm_storage_bytes (guint64 n_elements,
                   guint   element_size)
{
  return n_elements * element_size;
}

float
dlm_float32_add (float a,
                 float b)
{
  /* volatile: the sum is rounded to float, not kept in a wider register */
  volatile float sum = a + b;

  return sum;
}

guint8
dlm_uint8_add (guint8 a,
               guint8 b)
{
  return (guint8) (a + b);
}
