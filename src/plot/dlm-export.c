/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"
#define _GNU_SOURCE  /* O_TMPFILE */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <png.h>
#include <zlib.h>

#include "dlm-error.h"
#include "dlm-export.h"

#define MAX_SIDE 8192

gboolean
dlm_format_from_path (const char  *path,
                      DlmFormat   *format,
                      GError     **error)
{
  static const struct { const char *ext; DlmFormat format; } formats[] = {
    { ".png", DLM_FORMAT_PNG }, { ".svg", DLM_FORMAT_SVG },
    { ".pdf", DLM_FORMAT_PDF }, { ".csv", DLM_FORMAT_CSV },
    { ".py", DLM_FORMAT_PY }, { ".ipynb", DLM_FORMAT_IPYNB },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *shown = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].ext))
      {
        *format = formats[i].format;
        return TRUE;
      }

  shown = dlm_quote_path (path);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("“%s” has no known extension; accepted: .png, .svg, .pdf, .csv, .py, .ipynb, .gif, .webm"), shown);
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


/* PNG encoding. Figures are opaque (the figure paints its background), so
 * the PNG is RGB without alpha. The settings were measured on a 1920×1080
 * softmax figure: libpng's defaults (zlib level 6, adaptive filters) take
 * 38 ms for 51 kB; zlib level 3 with no row filter takes 8.5 ms for 89 kB.
 * Plots are large flat areas, which deflate finds without help from a
 * filter, and the filter pass would cost more than it saves. Deflating is
 * then most of an export's time, so the rows are split in two halves
 * deflated on two threads into one zlib stream, as pigz does: the first
 * half ends on a full flush (byte-aligned, no final block) and the Adler-32
 * checksums of the halves are combined. libpng writes the chunks. */

#define PNG_ZLIB_LEVEL 3

typedef struct {
  const guint8 *pixels;
  int           stride;
  int           width;
  int           first_row;
  int           end_row;
  gboolean      last;       /* ends the stream (Z_FINISH) */
  GByteArray   *out;        /* raw deflate data */
  guint32       adler;      /* of the uncompressed rows */
  gsize         length;     /* of the uncompressed rows */
  gboolean      ok;
} DeflatePart;

/* One PNG row: filter byte 0 ("none"), then R, G, B from cairo's native
 * ARGB32 pixels. */
static void
pack_row (const DeflatePart *part,
          int                y,
          guint8            *row)
{
  const guint32 *in = (const guint32 *) (part->pixels + (gsize) y * part->stride);

  *row++ = 0;
  for (int x = 0; x < part->width; x++)
    {
      *row++ = in[x] >> 16;
      *row++ = in[x] >> 8;
      *row++ = in[x];
    }
}

static gboolean
deflate_row (z_stream    *z,
             guint8      *row,
             gsize        len,
             int          flush,
             GByteArray  *out)
{
  guint8 buffer[65536];
  int status;

  z->next_in = row;
  z->avail_in = len;
  do
    {
      z->next_out = buffer;
      z->avail_out = sizeof buffer;
      status = deflate (z, flush);
      if (status == Z_STREAM_ERROR)
        return FALSE;
      g_byte_array_append (out, buffer, sizeof buffer - z->avail_out);
    }
  while (z->avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
  return TRUE;
}

static gpointer
deflate_part (gpointer data)
{
  DeflatePart *part = data;
  gsize row_len = 1 + 3 * (gsize) part->width;
  g_autofree guint8 *row = g_malloc (row_len);
  z_stream z = { 0 };

  part->adler = adler32 (0, NULL, 0);
  part->ok = deflateInit2 (&z, PNG_ZLIB_LEVEL, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
  for (int y = part->first_row; y < part->end_row && part->ok; y++)
    {
      int flush = y + 1 < part->end_row ? Z_NO_FLUSH : part->last ? Z_FINISH : Z_FULL_FLUSH;

      pack_row (part, y, row);
      part->adler = adler32 (part->adler, row, row_len);
      part->length += row_len;
      part->ok = deflate_row (&z, row, row_len, flush, part->out);
    }
  deflateEnd (&z);
  return NULL;
}

/* The zlib stream of all rows: header, both halves, combined Adler-32. */
static GByteArray *
deflate_image (cairo_surface_t *surface)
{
  int height = cairo_image_surface_get_height (surface);
  DeflatePart parts[2];
  GByteArray *stream = g_byte_array_new ();
  static const guint8 header[] = { 0x78, 0x5e };  /* deflate, 32K window, level 2–5 */
  g_autoptr(GThread) worker = NULL;
  guint32 adler;
  guint8 trailer[4];

  for (int i = 0; i < 2; i++)
    parts[i] = (DeflatePart) {
      cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface),
      cairo_image_surface_get_width (surface), i * height / 2, (i + 1) * height / 2,
      i == 1, g_byte_array_new (), 0, 0, FALSE,
    };

  worker = g_thread_new ("dlm-png", deflate_part, &parts[0]);
  deflate_part (&parts[1]);
  g_thread_join (g_steal_pointer (&worker));

  adler = adler32_combine (parts[0].adler, parts[1].adler, parts[1].length);
  for (int i = 0; i < 4; i++)
    trailer[i] = adler >> (24 - 8 * i);
  g_byte_array_append (stream, header, sizeof header);
  for (int i = 0; i < 2; i++)
    {
      g_byte_array_append (stream, parts[i].out->data, parts[i].out->len);
      g_byte_array_unref (parts[i].out);
    }
  g_byte_array_append (stream, trailer, sizeof trailer);

  if (!parts[0].ok || !parts[1].ok)
    g_clear_pointer (&stream, g_byte_array_unref);
  return stream;
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

static gboolean
encode_png (cairo_surface_t *surface,
            GByteArray      *out)
{
  g_autoptr(GByteArray) idat = NULL;
  png_structp png;
  png_infop info;

  /* a figure's pixel rows fit one IDAT chunk (limit 2³¹ − 1 bytes) */
  if ((idat = deflate_image (surface)) == NULL || idat->len >= G_MAXINT32)
    return FALSE;

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      return FALSE;
    }

  png_set_write_fn (png, out, png_append, png_flush);
  png_set_IHDR (png, info, cairo_image_surface_get_width (surface),
                cairo_image_surface_get_height (surface), 8, PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);
  png_write_chunk (png, (png_const_bytep) "IDAT", idat->data, idat->len);
  png_write_chunk (png, (png_const_bytep) "IEND", NULL, 0);
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
                   _("size: %d×%d is not accepted; accepted: width and height 1 to %d pixels"),
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

/* ---- writing a file ---------------------------------------------------- */

/* The name of a temporary file that exists on disk while it is written,
 * kept for dlm_export_remove_pending(), which a signal handler may call:
 * a fixed buffer and a flag, nothing that allocates. */
static char pending_name[PATH_MAX];
static volatile sig_atomic_t pending_set;

static void
set_pending (const char *name)
{
  pending_set = 0;
  g_strlcpy (pending_name, name != NULL ? name : "", sizeof pending_name);
  pending_set = name != NULL && strlen (name) < sizeof pending_name;
}

/* Async-signal-safe: unlink() only. */
void
dlm_export_remove_pending (void)
{
  if (pending_set)
    unlink (pending_name);
}

static void
on_fatal_signal (int signum)
{
  dlm_export_remove_pending ();
  signal (signum, SIG_DFL);
  raise (signum);
}

/* For a process that writes exports and may be interrupted (the command
 * line): SIGINT and SIGTERM remove the temporary file being written, then
 * end the process as the signal would have. */
void
dlm_export_install_signal_cleanup (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_fatal_signal;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
}


/* SIGINT and SIGTERM held back while a temporary file exists on disk but
 * its name is not yet recorded for the handler above. */
static void
block_fatal_signals (gboolean  block,
                     sigset_t *saved)
{
  sigset_t set;

  if (!block)
    {
      pthread_sigmask (SIG_SETMASK, saved, NULL);
      return;
    }
  sigemptyset (&set);
  sigaddset (&set, SIGINT);
  sigaddset (&set, SIGTERM);
  pthread_sigmask (SIG_BLOCK, &set, saved);
}

/* Where an export to @path goes: a symbolic link is followed to the file
 * it points to, which is replaced while the link stays (the link may be
 * how the user organises files); a link to nothing, a folder, a device or
 * a FIFO is refused with DLM_ERROR_INVALID, before anything is rendered.
 * Messages here and below quote the path but name no option: the command
 * line puts "--export: " before them, the window its own heading. */
char *
dlm_export_resolve_target (const char  *path,
                           GError     **error)
{
  g_autofree char *resolved = NULL;
  g_autofree char *shown = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);

  if (lstat (path, &st) != 0)
    return g_strdup (path);  /* a new file: its folder is checked on writing */

  if (S_ISLNK (st.st_mode))
    {
      char *real = realpath (path, NULL);

      resolved = g_strdup (real);
      free (real);
      if (resolved == NULL || stat (resolved, &st) != 0)
        {
          shown = dlm_quote_path (path);
          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       _("“%s” is a symbolic link to nothing; accepted: a link to an existing "
                         "file, or a new file name"), shown);
          return NULL;
        }
    }
  if (S_ISREG (st.st_mode))
    return resolved != NULL ? g_steal_pointer (&resolved) : g_strdup (path);

  shown = dlm_quote_path (resolved != NULL ? resolved : path);
  if (S_ISDIR (st.st_mode))
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("“%s” is a folder; accepted: a file name in it"), shown);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("“%s” is not a regular file; accepted: a new file name or a regular file "
                   "to replace"), shown);
  return NULL;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, MIN (len, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      len -= n;
    }
  return TRUE;
}

/* ".NAME.XXXXXX" beside @target: hidden, and on the same file system, so
 * that rename() can replace the target atomically. */
static char *
temp_template (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  return g_build_filename (dir, name, NULL);
}

static void
fill_template (char *temp)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  char *x = temp + strlen (temp) - 6;

  for (int i = 0; i < 6; i++)
    x[i] = letters[g_random_int_range (0, sizeof letters - 1)];
}

/* Renames the written temporary file over @target; on failure it is
 * removed. errno tells why. */
static gboolean
commit_temp (const char *temp,
             const char *target)
{
  int saved;

  if (rename (temp, target) == 0)
    {
      set_pending (NULL);
      return TRUE;
    }
  saved = errno;
  unlink (temp);
  set_pending (NULL);
  errno = saved;
  return FALSE;
}

/* Gives the unnamed file @fd a temporary name beside @target (linkat()
 * cannot replace a file), recorded as pending; NULL with errno set. */
static char *
link_unnamed (int         fd,
              const char *target)
{
  char proc_path[64];
  g_autofree char *temp = temp_template (target);
  sigset_t saved;
  int status = -1;

  g_snprintf (proc_path, sizeof proc_path, "/proc/self/fd/%d", fd);
  for (int attempt = 0; attempt < 100 && status != 0; attempt++)
    {
      fill_template (temp);
      block_fatal_signals (TRUE, &saved);
      status = linkat (AT_FDCWD, proc_path, AT_FDCWD, temp, AT_SYMLINK_FOLLOW);
      if (status == 0)
        set_pending (temp);
      block_fatal_signals (FALSE, &saved);
      if (status != 0 && errno != EEXIST)
        return NULL;
    }
  return status == 0 ? g_steal_pointer (&temp) : NULL;
}

/* ---- a file written beside its target ----------------------------------- */

struct _DlmExportFile {
  char     *path;    /* as given, for messages */
  char     *target;  /* what it replaces (dlm_export_resolve_target()) */
  char     *temp;    /* its temporary name, once it has one */
  int       fd;
  gboolean  sync;    /* it replaces a file */
};

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          errnum)
{
  /* the name given, never that of the temporary file */
  g_autofree char *shown = dlm_quote_path (path);

  g_set_error (error, DLM_ERROR, DLM_ERROR_WRITE,
               /* Translators: the second %s says why, e.g. “Permission denied” */
               _("“%s” could not be written: %s"), shown, g_strerror (errnum));
}

/* O_TMPFILE: the file has no name while it is written, so a process
 * killed meanwhile leaves nothing. Sets *unsupported when the file system
 * (or kernel) has no O_TMPFILE. errno tells why it failed. */
static gboolean
open_unnamed (DlmExportFile *file,
              gboolean      *unsupported)
{
  g_autofree char *dir = g_path_get_dirname (file->target);

  file->fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (file->fd < 0)
    *unsupported = errno == EOPNOTSUPP || errno == EISDIR || errno == ENOENT;
  return file->fd >= 0;
}

/* Where O_TMPFILE is missing: a named temporary file, removed on every
 * error path and, in the command line, on SIGINT and SIGTERM. */
static gboolean
open_named (DlmExportFile *file)
{
  g_autofree char *temp = temp_template (file->target);
  sigset_t saved;

  block_fatal_signals (TRUE, &saved);
  file->fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (file->fd >= 0)
    {
      set_pending (temp);
      file->temp = g_steal_pointer (&temp);
    }
  block_fatal_signals (FALSE, &saved);
  return file->fd >= 0;
}

/* Begins writing a file that is to replace @path: an open file beside its
 * target (see dlm_export_resolve_target() for symbolic links and files
 * that are not plain files), unnamed where the file system allows, else
 * a hidden temporary file that a fatal signal removes (see
 * dlm_export_install_signal_cleanup(); one such file at a time). Write to
 * dlm_export_file_get_fd(), then dlm_export_file_commit() or
 * dlm_export_file_abandon(). Errors (DLM_ERROR_WRITE, or
 * DLM_ERROR_INVALID for a target that cannot be replaced) name @path. */
DlmExportFile *
dlm_export_file_begin (const char  *path,
                       GError     **error)
{
  g_autoptr(DlmExportFile) file = NULL;
  gboolean unsupported = FALSE;
  char *target;

  g_return_val_if_fail (path != NULL, NULL);

  if ((target = dlm_export_resolve_target (path, error)) == NULL)
    return NULL;
  file = g_new0 (DlmExportFile, 1);
  file->path = g_strdup (path);
  file->target = target;
  file->fd = -1;
  file->sync = g_file_test (target, G_FILE_TEST_EXISTS);
  if (!open_unnamed (file, &unsupported) && (!unsupported || !open_named (file)))
    {
      set_write_error (error, path, errno);
      return NULL;
    }
  return g_steal_pointer (&file);
}

/* The descriptor to write to (seekable; do not close it). */
int
dlm_export_file_get_fd (DlmExportFile *file)
{
  g_return_val_if_fail (file != NULL, -1);

  return file->fd;
}

/* The path given to dlm_export_file_begin(), as messages name it. */
const char *
dlm_export_file_get_path (DlmExportFile *file)
{
  g_return_val_if_fail (file != NULL, NULL);

  return file->path;
}

/* Removes what was written and frees @file; nothing is left on disk. */
void
dlm_export_file_abandon (DlmExportFile *file)
{
  if (file == NULL)
    return;
  if (file->fd >= 0)
    close (file->fd);
  if (file->temp != NULL)
    {
      unlink (file->temp);
      set_pending (NULL);
    }
  g_free (file->path);
  g_free (file->target);
  g_free (file->temp);
  g_free (file);
}

/* Puts the written file in place of its target and frees @file. A file
 * that replaces one is synced first, as g_file_set_contents() does, so a
 * crash leaves the old file or the new one, never an empty one. On
 * failure nothing is left and the error names the path. */
gboolean
dlm_export_file_commit (DlmExportFile  *file,
                        GError        **error)
{
  gboolean ok;
  int saved;

  g_return_val_if_fail (file != NULL, FALSE);

  ok = !file->sync || fsync (file->fd) == 0;
  if (ok && file->temp == NULL)
    ok = (file->temp = link_unnamed (file->fd, file->target)) != NULL;
  saved = errno;
  if (close (file->fd) != 0 && ok)
    {
      ok = FALSE;
      saved = errno;
    }
  file->fd = -1;
  if (ok)
    {
      ok = commit_temp (file->temp, file->target);  /* removes it on failure */
      saved = errno;
      g_clear_pointer (&file->temp, g_free);
    }
  if (!ok)
    set_write_error (error, file->path, saved);
  dlm_export_file_abandon (file);
  return ok;
}

/* Writes @bytes to @path atomically: the file is written beside its target
 * and renamed over it, so a failed or interrupted export never leaves a
 * partial file, and leaves no temporary file where that can be avoided.
 * The new file's mode is that of any new file (0666 less the umask). See
 * dlm_export_resolve_target() for symbolic links and files that are not
 * plain files. */
gboolean
dlm_write_atomically (const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(DlmExportFile) file = NULL;
  gsize len;
  const guint8 *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if ((file = dlm_export_file_begin (path, error)) == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!write_all (file->fd, data, len))
    {
      set_write_error (error, path, errno);
      return FALSE;
    }
  return dlm_export_file_commit (g_steal_pointer (&file), error);
}
