/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-datatypes.h"
#include "dlm-error.h"
#include "dlm-file.h"
#include "dlm-image-header.h"

/* The built-in picture lives in a resource bundle compiled into this
 * library (resources/dlm-data.gresource.xml). */
GResource *dlm_data_get_resource (void);

#define BUILTIN_PATH "/io/github/dlmath/Explorer/data/landscape.png"

GBytes *
dlm_image_builtin_bytes (void)
{
  return g_resource_lookup_data (dlm_data_get_resource (), BUILTIN_PATH, 0, NULL);
}

/* The file is read by dlm_file_read(), whose messages quote it; here they
 * get the field and what it accepts. */
static GBytes *
read_source (const char  *field,
             const char  *source,
             GError     **error)
{
  g_autoptr(GError) local = NULL;
  GBytes *bytes;

  if (g_strcmp0 (source, DLM_IMAGE_BUILTIN) == 0)
    return g_resource_lookup_data (dlm_data_get_resource (), BUILTIN_PATH, 0, error);

  if (!(bytes = dlm_file_read (source, DLM_IMAGE_MAX_FILE_BYTES, &local)))
    dlm_image_set_error (error, local->code, field, local->message);
  return bytes;
}

/* The header was sound, the data after it is not. */
static void
set_damaged_error (GError     **error,
                   const char  *field,
                   const char  *source)
{
  g_autofree char *shown = dlm_quote_path (source);
  g_autofree char *what = g_strdup_printf (_("“%s” cannot be decoded: its image data is damaged"), shown);

  dlm_image_set_error (error, DLM_ERROR_INVALID, field, what);
}

/* ---- decoding ------------------------------------------------------------ */

/* The header was checked already; this guards the decoder itself. A size of
 * 0 × 0 makes the PNG and JPEG loaders stop before they allocate any pixel,
 * as gdk_pixbuf_get_file_info() stops them. */
static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         user_data)
{
  if (width > DLM_IMAGE_MAX_SIDE || height > DLM_IMAGE_MAX_SIDE)
    gdk_pixbuf_loader_set_size (loader, 0, 0);
}

/* Only the loader of the type the magic bytes named ever sees the data:
 * an SVG or TIFF named .png never reaches its own decoder. */
static GdkPixbuf *
decode (const char           *field,
        const char           *source,
        const DlmImageHeader *header,
        GBytes               *bytes,
        GError              **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type (header->format, NULL);
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  gboolean decoded;

  if (loader == NULL)
    {
      set_damaged_error (error, field, source);
      return NULL;
    }
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), NULL);
  decoded = gdk_pixbuf_loader_write (loader, data, size, NULL);
  /* close even after a failed write, which the loader requires */
  decoded = gdk_pixbuf_loader_close (loader, NULL) && decoded;
  if (!decoded || gdk_pixbuf_loader_get_pixbuf (loader) == NULL)
    {
      set_damaged_error (error, field, source);
      return NULL;
    }
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
  DlmImageHeader header;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (strspn (source, " \t\n\r") == strlen (source))
    {
      dlm_image_set_error (error, DLM_ERROR_EMPTY, field, _("no image was given"));
      return NULL;
    }
  if (!(bytes = read_source (field, source, error)))
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (!dlm_image_read_header (field, source, data, size, &header, error))
    return NULL;
  if (!(pixbuf = decode (field, source, &header, bytes, error)))
    return NULL;
  return image_from_pixbuf (pixbuf, header.format);
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

/* ---- rounding ----------------------------------------------------------- */

/* Floats as integers in the order of their values, so that neighbours
 * differ by one: the distance in units in the last place. */
static gint64
float32_order (float value)
{
  gint32 bits;

  memcpy (&bits, &value, sizeof bits);
  return bits < 0 ? (gint64) G_MININT32 - bits : bits;
}

static gint64
float64_order (double value)
{
  gint64 bits;

  memcpy (&bits, &value, sizeof bits);
  return bits < 0 ? G_MININT64 - bits : bits;
}

void
dlm_float32_sum_check (double         a,
                       double         b,
                       double         target,
                       DlmRoundedSum *out)
{
  float sum = dlm_float32_add ((float) a, (float) b);

  g_return_if_fail (out != NULL);
  out->a = (float) a;
  out->b = (float) b;
  out->sum = sum;
  out->target = (float) target;
  out->ulps = float32_order (sum) - float32_order ((float) target);
}

void
dlm_float64_sum_check (double         a,
                       double         b,
                       double         target,
                       DlmRoundedSum *out)
{
  /* volatile: the sum is rounded to double, not kept in a wider register */
  volatile double sum = a + b;

  g_return_if_fail (out != NULL);
  out->a = a;
  out->b = b;
  out->sum = sum;
  out->target = target;
  out->ulps = float64_order (sum) - float64_order (target);
}

char *
dlm_format_exact (double value)
{
  /* a double is a multiple of 2⁻¹⁰⁷⁴, so 1074 decimals write it exactly;
   * glibc prints them all, and the trailing zeros go */
  char buf[1500];
  char *end;

  g_return_val_if_fail (isfinite (value), NULL);
  g_ascii_formatd (buf, sizeof buf, "%.1074f", value);
  end = buf + strlen (buf);
  while (end[-1] == '0')
    *--end = '\0';
  if (end[-1] == '.')
    *--end = '\0';
  return g_strdup (buf);
}

/* ---- Python literals ------------------------------------------------------ */

static void
set_literal_error (GError     **error,
                   const char  *field,
                   const char  *what)
{
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               /* TRANSLATORS: "values: “abc” is not …; accepted: …"; True,
                * False and the example are Python, keep them */
               _("%s: %s; accepted: whole numbers, decimals, True, False and quoted "
                 "strings, separated by commas, as in [1, 2.5, True, 'cat']"),
               field, what);
}

/* The same for the list as a whole: the message quotes the text given. */
static void
set_list_error (GError     **error,
                const char  *field,
                const char  *given,
                const char  *what)
{
  g_autofree char *shown = dlm_quote_input (given);
  g_autofree char *quoted = g_strdup_printf (_("“%s”: %s"), shown, what);

  set_literal_error (error, field, quoted);
}

static gboolean
is_float_literal (const char *text)
{
  gboolean digits = FALSE;
  const char *p = text;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p) || *p == '.'; p++)
    digits |= g_ascii_isdigit (*p);
  if (!digits)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0' && strchr (text, '.') == strrchr (text, '.');
}

static gboolean
read_number (const char  *field,
             const char  *token,
             DlmPyValue  *value,
             GError     **error)
{
  const char *digits = token + (token[0] == '+' || token[0] == '-');
  g_autofree char *shown = NULL, *what = NULL;
  gint64 unused;

  if (*digits != '\0' && strspn (digits, "0123456789") == strlen (digits))
    {
      value->kind = DLM_PY_INT;
      if (g_ascii_string_to_signed (token, 10, G_MININT64, G_MAXINT64, &unused, NULL))
        return TRUE;
      shown = dlm_quote_input (token);
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("%s: %s is beyond int64; accepted: whole numbers from "
                     "−9223372036854775808 to 9223372036854775807"), field, shown);
      return FALSE;
    }
  if (is_float_literal (token))
    {
      value->kind = DLM_PY_FLOAT;
      return TRUE;
    }
  shown = dlm_quote_input (token);
  what = g_strdup_printf (_("“%s” is not a Python literal"), shown);
  set_literal_error (error, field, what);
  return FALSE;
}

/* One element, @token already trimmed. */
static gboolean
read_value (const char  *field,
            const char  *token,
            DlmPyValue  *value,
            GError     **error)
{
  gsize n = strlen (token);

  value->text = g_strdup (token);
  if (n >= 2 && (token[0] == '\'' || token[0] == '"') && token[n - 1] == token[0])
    {
      value->kind = DLM_PY_STR;
      value->length = g_utf8_strlen (token + 1, n - 2);
      if (memchr (token + 1, token[0], n - 2) == NULL)
        return TRUE;
      {
        g_autofree char *shown = dlm_quote_input (token);
        g_autofree char *what = g_strdup_printf (_("“%s” is more than one string"), shown);

        set_literal_error (error, field, what);
      }
      return FALSE;
    }
  if (strcmp (token, "True") == 0 || strcmp (token, "False") == 0)
    {
      value->kind = DLM_PY_BOOL;
      return TRUE;
    }
  return read_number (field, token, value, error);
}

/* Splits at the commas outside quotes; a quote left open is an error. */
static GPtrArray *
split_elements (const char  *field,
                const char  *given,
                const char  *inner,
                GError     **error)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = inner;
  char quote = 0;

  for (const char *p = inner; ; p++)
    {
      if (quote != 0 && *p == '\\')
        {
          set_list_error (error, field, given, _("a string holds a backslash (escapes are not read)"));
          return NULL;
        }
      if (quote != 0 && *p == quote)
        quote = 0;
      else if (quote == 0 && (*p == '\'' || *p == '"'))
        quote = *p;
      else if (quote == 0 && *p != '\0' && strchr ("[]()", *p) != NULL)
        {
          set_list_error (error, field, given, _("a bracket inside the list: one pair of brackets "
                                             "or parentheses encloses the whole list"));
          return NULL;
        }
      if (*p == '\0' || (quote == 0 && *p == ','))
        {
          g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
          start = p + 1;
        }
      if (*p == '\0')
        break;
    }
  if (quote != 0)
    {
      set_list_error (error, field, given, _("a string has no closing quote"));
      return NULL;
    }
  return g_steal_pointer (&parts);
}

/* The text inside the brackets (a list) or parentheses (a tuple, or
 * just a value when it has no comma, as "(4)" is 4 in Python), or the
 * whole text without any. */
static char *
list_inner (const char  *field,
            const char  *text,
            gboolean    *bracketed,
            GError     **error)
{
  gsize n = strlen (text);
  char close = text[0] == '[' ? ']' : text[0] == '(' ? ')' : 0;

  *bracketed = text[0] == '[';
  if (close == 0)
    return g_strdup (text);
  if (text[n - 1] != close)
    {
      set_list_error (error, field, text, close == ']' ? _("the list has no closing bracket")
                                                    : _("the tuple has no closing parenthesis"));
      return NULL;
    }
  /* "()" is an empty tuple, a list like any other */
  *bracketed = close == ']' || n == 2;
  return g_strstrip (g_strndup (text + 1, n - 2));
}

static gboolean
check_list_text (const char  *field,
                 const char  *text,
                 GError     **error)
{
  glong chars = g_utf8_strlen (text, -1);

  if (text[0] == '\0')
    {
      set_literal_error (error, field, _("nothing was given"));
      return FALSE;
    }
  if (chars > DLM_PY_LIST_MAX_CHARS)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: %ld characters; accepted: at most %d"),
                   field, chars, DLM_PY_LIST_MAX_CHARS);
      return FALSE;
    }
  return TRUE;
}

DlmPyList *
dlm_py_list_parse (const char  *field,
                   const char  *text,
                   GError     **error)
{
  g_autofree char *trimmed = NULL, *inner = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(DlmPyList) list = g_new0 (DlmPyList, 1);
  gboolean bracketed;

  g_return_val_if_fail (field != NULL && text != NULL, NULL);
  if (!g_utf8_validate (text, -1, NULL))
    {
      set_literal_error (error, field, _("the text is not valid UTF-8"));
      return NULL;
    }
  trimmed = g_strstrip (g_strdup (text));
  if (!check_list_text (field, trimmed, error)
      || !(inner = list_inner (field, trimmed, &bracketed, error)))
    return NULL;
  if (!(parts = split_elements (field, trimmed, inner, error)))
    return NULL;
  /* one element and no comma: a value, not a list */
  list->scalar = !bracketed && parts->len == 1;
  /* a trailing comma ends a list or a tuple, as in Python: "[1, 2,]", "4," */
  if (parts->len > 1 && *(char *) parts->pdata[parts->len - 1] == '\0')
    g_ptr_array_remove_index (parts, parts->len - 1);
  if (bracketed && parts->len == 1 && *(char *) parts->pdata[0] == '\0')
    g_ptr_array_remove_index (parts, 0);
  list->values = g_new0 (DlmPyValue, MAX (parts->len, 1));
  for (guint i = 0; i < parts->len; i++)
    if (*(char *) parts->pdata[i] == '\0')
      {
        set_list_error (error, field, trimmed, _("an element between two commas is missing"));
        return NULL;
      }
  for (guint i = 0; i < parts->len; i++, list->n_values++)
    if (!read_value (field, parts->pdata[i], &list->values[i], error))
      {
        list->n_values++;
        return NULL;
      }
  return g_steal_pointer (&list);
}

void
dlm_py_list_free (DlmPyList *list)
{
  if (list == NULL)
    return;
  for (guint i = 0; i < list->n_values; i++)
    g_free (list->values[i].text);
  g_free (list->values);
  g_free (list);
}

char *
dlm_py_list_format (const DlmPyList *list)
{
  GString *out = g_string_new (list->scalar ? NULL : "[");

  for (guint i = 0; i < list->n_values; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", list->values[i].text);
  if (!list->scalar)
    g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

DlmPyKind
dlm_py_list_kind (const DlmPyList *list)
{
  DlmPyKind kind = DLM_PY_BOOL;

  g_return_val_if_fail (list != NULL, DLM_PY_FLOAT);
  if (list->n_values == 0)
    return DLM_PY_FLOAT;

  for (guint i = 0; i < list->n_values; i++)
    kind = MAX (kind, list->values[i].kind);
  return kind;
}

/* NumPy's string length for an element: its characters, or the longest
 * any value of its type can print to. */
static guint
numpy_text_length (const DlmPyValue *value)
{
  switch (value->kind)
    {
    case DLM_PY_BOOL:  return 5;   /* "False" */
    case DLM_PY_INT:   return 21;  /* "-9223372036854775808" and a spare */
    case DLM_PY_FLOAT: return 32;
    case DLM_PY_STR:
    default:           return MAX (value->length, 1);
    }
}

static void
set_dtype (DlmInferredDtype *out,
           const char       *name,
           guint             itemsize)
{
  g_strlcpy (out->name, name, sizeof out->name);
  out->itemsize = itemsize;
  out->exists = TRUE;
}

void
dlm_numpy_infer_dtype (const DlmPyList  *list,
                       DlmInferredDtype *out)
{
  guint longest = 0;

  g_return_if_fail (list != NULL && out != NULL);
  if (list->n_values == 0)
    {
      set_dtype (out, "float64", 8);
      return;
    }
  switch (dlm_py_list_kind (list))
    {
    case DLM_PY_BOOL:  set_dtype (out, "bool", 1); break;
    case DLM_PY_INT:   set_dtype (out, "int64", 8); break;
    case DLM_PY_FLOAT: set_dtype (out, "float64", 8); break;
    case DLM_PY_STR:
    default:
      for (guint i = 0; i < list->n_values; i++)
        longest = MAX (longest, numpy_text_length (&list->values[i]));
      g_snprintf (out->name, sizeof out->name, "<U%u", longest);
      /* UTF-32: four bytes a character */
      out->itemsize = 4 * longest;
      out->exists = TRUE;
      break;
    }
}

void
dlm_torch_infer_dtype (const DlmPyList  *list,
                       DlmInferredDtype *out)
{
  g_return_if_fail (list != NULL && out != NULL);
  if (list->n_values == 0)
    {
      set_dtype (out, "torch.float32", 4);
      return;
    }
  switch (dlm_py_list_kind (list))
    {
    case DLM_PY_BOOL:  set_dtype (out, "torch.bool", 1); break;
    case DLM_PY_INT:   set_dtype (out, "torch.int64", 8); break;
    case DLM_PY_FLOAT: set_dtype (out, "torch.float32", 4); break;
    case DLM_PY_STR:
    default:
      out->name[0] = '\0';
      out->itemsize = 0;
      out->exists = FALSE;
      break;
    }
}
