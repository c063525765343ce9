/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dlm-error.h"
#include "dlm-file.h"

#define READ_CHUNK (64 * 1024)

/* What is read: a file, quoted, or a stream by its name ("standard
 * input"), as it is. */
typedef struct {
  const char *name;
  gboolean    is_path;
} Source;

static void
set_cannot_read_error (GError       **error,
                       const Source  *source,
                       int            saved_errno)
{
  g_autofree char *shown = source->is_path ? dlm_quote_path (source->name) : dlm_quote_input (source->name);

  if (source->is_path)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID, _("cannot read “%s” (%s)"),
                 shown, g_strerror (saved_errno));
  else
    /* TRANSLATORS: "cannot read standard input (Input/output error)" */
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID, _("cannot read %s (%s)"),
                 shown, g_strerror (saved_errno));
}

static void
set_too_many_bytes_error (GError       **error,
                          const Source  *source,
                          gsize          max_bytes)
{
  g_autofree char *shown = source->is_path ? dlm_quote_path (source->name) : dlm_quote_input (source->name);
  guint megabytes = max_bytes / (1024u * 1024u);

  if (source->is_path)
    g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE, _("“%s” is larger than %u MB"), shown, megabytes);
  else
    /* TRANSLATORS: "standard input is larger than 64 MB" */
    g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE, _("%s is larger than %u MB"), shown, megabytes);
}

static int
open_regular_file (const char   *path,
                   struct stat  *st,
                   GError      **error)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);

  if (fd < 0 || fstat (fd, st) != 0)
    {
      set_cannot_read_error (error, &(Source) { path, TRUE }, errno);
      if (fd >= 0)
        close (fd);
      return -1;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_autofree char *shown = dlm_quote_path (path);

      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID, _("“%s” is not a regular file"), shown);
      close (fd);
      return -1;
    }
  return fd;
}

static GBytes *
read_capped (int            fd,
             gsize          size_hint,
             const Source  *source,
             gsize          max_bytes,
             GError       **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_sized_new (MIN (size_hint, max_bytes) + 1);
  g_autofree guint8 *chunk = g_malloc (READ_CHUNK);

  while (bytes->len <= max_bytes)
    {
      gssize n = read (fd, chunk, MIN (READ_CHUNK, max_bytes + 1 - bytes->len));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_cannot_read_error (error, source, errno);
          return NULL;
        }
      if (n == 0)
        return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
      g_byte_array_append (bytes, chunk, n);
    }
  set_too_many_bytes_error (error, source, max_bytes);
  return NULL;
}

GBytes *
dlm_file_read_fd (int          fd,
                  const char  *name,
                  gsize        max_bytes,
                  GError     **error)
{
  g_return_val_if_fail (fd >= 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (max_bytes < G_MAXUINT, NULL);

  return read_capped (fd, 0, &(Source) { name, FALSE }, max_bytes, error);
}

GBytes *
dlm_file_read (const char  *path,
               gsize        max_bytes,
               GError     **error)
{
  struct stat st;
  GBytes *bytes;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_bytes < G_MAXUINT, NULL);

  if ((fd = open_regular_file (path, &st, error)) < 0)
    return NULL;
  if ((guint64) st.st_size > max_bytes)
    {
      set_too_many_bytes_error (error, &(Source) { path, TRUE }, max_bytes);
      close (fd);
      return NULL;
    }
  bytes = read_capped (fd, st.st_size, &(Source) { path, TRUE }, max_bytes, error);
  close (fd);
  return bytes;
}
