// score_batch: NDJSON inputs, CSV files and runs of JSON files (folders) on worker
// threads; stdin's CSV and JSON in order on the caller's.
//
// The calling thread reads chunks of whole lines (NDJSON), of whole records (CSV: it only
// looks for where records end, CsvChunker) or takes the next few file names, and hands
// them to the workers; each worker reads, parses and scores a whole job; the caller
// passes finished jobs to the sink strictly in input order. At most 2 x workers + 2 jobs
// exist at once, so memory stays bounded whatever the input size.

#include "batch/answers_parser.hpp"
#include "batch/csv_answers.hpp"
#include "batch/csv_chunker.hpp"
#include "batch/line_chunker.hpp"
#include "batch/record_source.hpp"
#include "batch/row_scorer.hpp"
#include "forms/read_export.hpp"
#include "report/escape.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/error.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

namespace salesaudit {

namespace batch {

namespace {

// The device and inode `path` names (not following a last link), or unknown.
FileIdentity identity_of(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return {};
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino), true};
}

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
// JSON files per job: enough to amortise the hand-over, few enough to keep both cores busy.
constexpr std::size_t kFilesPerJob = 32;
// CSV rows are about a sixth of an NDJSON record's size: smaller chunks keep about as many
// rows per job (and so as much memory) as NDJSON's.
constexpr std::size_t kCsvChunkBytes = std::size_t{256} << 10;
// A CSV record longer than this is not held as a chunk: the rest of the file is read in
// order by one reader (which keeps its own field limits), so memory stays bounded.
constexpr std::size_t kMaxCsvChunkRecord = std::size_t{16} << 20;

// Where a JSON file's rows end in its job, and which file was read (see BatchInput).
struct FileRows {
  std::size_t end = 0;
  FileIdentity identity;
};

struct Job {
  LineChunk chunk;
  std::vector<BatchInput> files;    // a job of JSON files when not empty
  std::vector<FileRows> file_rows;  // per file of `files`
  std::vector<ScoreRow> rows;       // rows[0, used) are this chunk's; the rest are kept for reuse
  std::size_t used = 0;
  std::exception_ptr error;
  bool done = false;
};

class ParallelScorer {
 public:
  ParallelScorer(QuestionnaireCache& cache, const BatchOptions& options, unsigned threads, bool details,
                 std::function<void(ScoreRow&)> prepare)
      : cache_(cache), options_(options), details_(details), prepare_(std::move(prepare)) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ParallelScorer(const ParallelScorer&) = delete;
  ParallelScorer& operator=(const ParallelScorer&) = delete;
  ~ParallelScorer() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

  // An NDJSON input. Returns false when the sink asked to stop.
  bool run(ByteSource& source, const std::string& name, const std::function<bool(ScoreRow&&)>& sink,
           const std::function<void()>& idle) {
    name_ = name;
    LineChunker chunker(source, kChunkBytes, kMaxLine);
    return run_jobs([&](Job& job) { return chunker.next(job.chunk); }, sink, idle);
  }

  // The records of a CSV file after its header (`source` starts at `start`), converted
  // through `answers`. Returns false when the sink asked to stop; `rest` is where a
  // record too long to chunk starts (nullopt when chunking reached the end).
  bool run_csv(ByteSource& source, const CsvPosition& start, const CsvAnswers& answers, const std::string& name,
               const std::function<bool(ScoreRow&&)>& sink, std::optional<CsvPosition>& rest) {
    name_ = name;
    csv_ = &answers;
    CsvChunker chunker(source, start, kCsvChunkBytes, kMaxCsvChunkRecord);
    const bool go_on = run_jobs([&](Job& job) { return chunker.next(job.chunk); }, sink, {});
    csv_ = nullptr;
    rest = chunker.rest();
    return go_on;
  }

  // JSON files, scored in this order. Returns false when the sink asked to stop.
  bool run_files(const std::vector<BatchInput>& files, const std::function<bool(ScoreRow&&)>& sink) {
    std::size_t next = 0;
    return run_jobs(
        [&](Job& job) {
          if (next == files.size()) return false;
          const std::size_t end = std::min(files.size(), next + kFilesPerJob);
          job.files.assign(files.begin() + static_cast<std::ptrdiff_t>(next),
                           files.begin() + static_cast<std::ptrdiff_t>(end));
          job.chunk.input_idle = false;
          next = end;
          return true;
        },
        sink, {});
  }

 private:
  bool run_jobs(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
                const std::function<void()>& idle) {
    std::deque<std::unique_ptr<Job>> in_flight;
    try {
      return pump(fill, sink, idle, in_flight);
    } catch (...) {
      drain();  // no worker may still use a job when it is freed
      throw;
    }
  }

  bool pump(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
            const std::function<void()>& idle, std::deque<std::unique_ptr<Job>>& in_flight) {
    const std::size_t in_flight_max = 2 * workers_.size() + 2;
    std::set<std::tuple<std::uint32_t, std::uint64_t, std::uint64_t>> files_read;
    std::vector<std::unique_ptr<Job>> spare;
    bool more = true;
    bool input_idle = false;  // the last chunk took all the input there was: deliver first
    while (more || !in_flight.empty()) {
      while (more && !input_idle && in_flight.size() < in_flight_max) {
        std::unique_ptr<Job> job;
        if (spare.empty()) {
          job = std::make_unique<Job>();
        } else {
          job = std::move(spare.back());
          spare.pop_back();
        }
        job->files.clear();
        more = fill(*job);
        if (!more) break;
        input_idle = job->chunk.input_idle;
        job->used = 0;
        job->done = false;
        {
          std::lock_guard lock(mutex_);
          queue_.push_back(job.get());
        }
        work_ready_.notify_one();
        in_flight.push_back(std::move(job));
      }
      if (in_flight.empty()) break;
      Job& front = *in_flight.front();
      {
        std::unique_lock lock(mutex_);
        job_done_.wait(lock, [&] { return front.done; });
      }
      if (front.error) std::rethrow_exception(front.error);
      std::size_t k = 0;
      for (std::size_t f = 0; f < front.files.size(); ++f) {
        // A file of a folder whose device and inode an earlier one had: already read.
        const FileRows& rows = front.file_rows[f];
        const std::uint32_t group = front.files[f].identity_group;
        if (group != 0 && rows.identity.known &&
            !files_read.insert({group, rows.identity.device, rows.identity.inode}).second) {
          k = rows.end;
        }
        for (; k < rows.end; ++k) {
          if (!sink(std::move(front.rows[k]))) {
            drain();
            return false;
          }
        }
      }
      for (; k < front.used; ++k) {
        if (!sink(std::move(front.rows[k]))) {
          drain();
          return false;
        }
      }
      spare.push_back(std::move(in_flight.front()));
      in_flight.pop_front();
      if (input_idle && in_flight.empty()) {
        // Every row the input has asked for so far is out; only now wait for more input.
        if (idle) idle();
        input_idle = false;
      }
    }
    return true;
  }

  // Drops the chunks not started and waits for those being scored.
  void drain() {
    std::unique_lock lock(mutex_);
    queue_.clear();
    job_done_.wait(lock, [&] { return busy_ == 0; });
  }

  void work() {
    AnswersParser parser;
    BatchRecord record;  // reused from line to line, as are the rows of a recycled job
    for (;;) {
      Job* job = nullptr;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        job = queue_.front();
        queue_.pop_front();
        ++busy_;
      }
      try {
        if (!job->files.empty()) {
          job->file_rows.clear();
          for (const auto& file : job->files) {
            FileIdentity identity;
            read_records(
                file, options_, cache_, parser,
                [&](BatchRecord&& read) {
                  if (job->used == job->rows.size()) job->rows.emplace_back();
                  score_record_into(read, job->rows[job->used], details_);
                  if (prepare_) prepare_(job->rows[job->used]);
                  ++job->used;
                  return true;
                },
                file.identity_group != 0 ? &identity : nullptr);
            // A file not opened as JSON (unreadable, or read by a form tool's reader).
            if (file.identity_group != 0 && !identity.known) identity = identity_of(file.path);
            job->file_rows.push_back({job->used, identity});
          }
        } else if (csv_ != nullptr) {
          score_csv_chunk(*job, record);
        } else {
          for_each_line(job->chunk, [&](std::string_view line, std::size_t number, bool too_long) {
            if (!too_long && blank_line(line)) return;
            if (job->used == job->rows.size()) job->rows.emplace_back();
            read_ndjson_record(line, number, too_long, name_, cache_, parser, record);
            score_record_into(record, job->rows[job->used], details_);
            if (prepare_) prepare_(job->rows[job->used]);
            ++job->used;
          });
        }
      } catch (...) {
        job->error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        job->done = true;
        --busy_;
      }
      job_done_.notify_all();
    }
  }

  void score_csv_chunk(Job& job, BatchRecord& record) {
    ByteSource source = ByteSource::from_view({job.chunk.data.data(), job.chunk.length});
    CsvReader reader(source, name_, job.chunk.first_line, job.chunk.first_column);
    CsvRecord row;
    while (reader.next(row)) {
      if (row.error.empty() && row.blank()) continue;  // blank lines between rows
      csv_->row_record(row, record);
      if (job.used == job.rows.size()) job.rows.emplace_back();
      score_record_into(record, job.rows[job.used], details_);
      if (prepare_) prepare_(job.rows[job.used]);
      ++job.used;
    }
  }

  QuestionnaireCache& cache_;
  const BatchOptions& options_;
  bool details_;
  std::function<void(ScoreRow&)> prepare_;  // formats a row on its worker (may be empty)
  std::string name_;
  const CsvAnswers* csv_ = nullptr;  // the CSV file being scored
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable job_done_;
  std::deque<Job*> queue_;
  int busy_ = 0;
  bool stopping_ = false;
};

// The one row of an input that could not be read (or stopped being readable).
ScoreRow input_error_row(const std::string& name, const Error& e) {
  ScoreRow row;
  row.where = name;
  row.errors = {e.what()};
  row.error_code = e.code();
  return row;
}

// A CSV file in salesaudit's own layout: the header read here, the records on the
// workers. False (nothing scored) when the file is not one to read this way, or opening
// it or its header fails before any row is out: read_records then reads it and reports
// what went wrong, with its messages.
bool score_csv_file(const BatchInput& input, const BatchOptions& options, QuestionnaireCache& cache,
                    const std::function<ParallelScorer*()>& pool, bool details,
                    const std::function<bool(ScoreRow&&)>& sink, bool& go_on) {
  if (!forms::is_own_csv_file(input, options)) return false;
  const std::string& name = input.path;
  std::optional<ColumnMap> map;
  std::optional<ByteSource> source;
  std::shared_ptr<const Questionnaire> questionnaire;
  try {
    questionnaire = cache.fixed_or(kDefaultQuestionnaire);
    map.emplace(options.map_file.empty() ? ColumnMap{} : load_column_map(options.map_file));
    source.emplace(ByteSource::open(name));
    if (!source->rereadable()) return false;
  } catch (const Error&) {
    return false;
  }
  CsvReader header_reader(*source, name);
  CsvAnswers answers(header_reader, questionnaire, *map);
  BatchRecord header;
  bool read = false;
  try {
    read = answers.header(header);
  } catch (const Error&) {
    return false;
  }
  if (!read) {
    if (!header.errors.empty()) {
      for (auto& error : header.errors) error = report::escape_control(error);
      go_on = sink(score_record(std::move(header), details));
    }
    return true;  // an empty file has no respondents
  }
  const CsvPosition start{header_reader.offset(), header_reader.line(), header_reader.column()};
  try {
    ByteSource body = ByteSource::open(name);
    body.skip(start.offset);
    std::optional<CsvPosition> rest;
    go_on = pool()->run_csv(body, {0, start.line, start.column}, answers, name, sink, rest);
    if (!go_on || !rest) return true;
    // A record too long to chunk: the rest of the file in order, by one reader.
    ByteSource tail = ByteSource::open(name);
    tail.skip(start.offset + rest->offset);
    CsvReader reader(tail, name, rest->line, rest->column);
    CsvRecord row;
    BatchRecord record;
    while (go_on && reader.next(row)) {
      if (row.error.empty() && row.blank()) continue;
      answers.row_record(row, record);
      go_on = sink(score_record(std::move(record), details));
    }
  } catch (const InputError& e) {
    go_on = sink(input_error_row(name, e));
  }
  return true;
}

}  // namespace

}  // namespace batch

void score_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                 const BatchRunOptions& run, const std::function<bool(ScoreRow&&)>& sink) {
  batch::QuestionnaireCache cache(registry, options.questionnaire);
  batch::AnswersParser parser;
  std::unique_ptr<batch::ParallelScorer> pool;
  const unsigned threads = run.threads > 0 ? run.threads : std::max(1U, std::thread::hardware_concurrency());
  bool go_on = true;
  auto score_in_order = [&](BatchRecord&& record) {
    return go_on = sink(score_record(std::move(record), run.details));
  };
  auto make_pool = [&] {
    if (!pool) pool = std::make_unique<batch::ParallelScorer>(cache, options, threads, run.details, run.prepare);
    return pool.get();
  };
  // Folder files told apart as they are read: the walk then costs no system call a file.
  const std::vector<BatchInput> expanded = expand_inputs(inputs, options.format, true);
  for (std::size_t k = 0; k < expanded.size();) {
    const BatchInput& input = expanded[k];
    if (input.format == InputFormat::json && input.path != "-") {
      // A run of JSON files (a folder): read and scored on the workers, rows in this order.
      std::size_t end = k;
      while (end < expanded.size() && expanded[end].format == InputFormat::json && expanded[end].path != "-") ++end;
      if (end - k == 1) {
        batch::read_records(input, options, cache, parser, score_in_order);
      } else {
        const std::vector<BatchInput> files(expanded.begin() + static_cast<std::ptrdiff_t>(k),
                                            expanded.begin() + static_cast<std::ptrdiff_t>(end));
        go_on = make_pool()->run_files(files, sink);
      }
      k = end;
      if (!go_on) return;
      continue;
    }
    ++k;
    if (input.format == InputFormat::ndjson && !forms::ndjson_is_surveyjs(input, options, cache)) {
      const std::string name = input.path == "-" ? "<stdin>" : input.path;
      std::optional<batch::ByteSource> source;
      try {
        source.emplace(batch::ByteSource::open(input));
      } catch (const Error& e) {
        if (!sink(batch::input_error_row(name, e))) return;
        continue;
      }
      try {
        go_on = make_pool()->run(*source, name, sink, run.idle);
      } catch (const InputError& e) {
        go_on = sink(batch::input_error_row(name, e));
      }
    } else if (!batch::score_csv_file(input, options, cache, make_pool, run.details, sink, go_on)) {
      batch::read_records(input, options, cache, parser, score_in_order);
    }
    if (!go_on) return;
  }
}

}  // namespace salesaudit
