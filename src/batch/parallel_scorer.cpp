// The worker pool of score_batch (see parallel_scorer.hpp).

#include "batch/parallel_scorer.hpp"

#include "batch/answers_parser.hpp"
#include "batch/csv_reader.hpp"
#include "batch/record_source.hpp"
#include "batch/row_scorer.hpp"

#include <sys/stat.h>

#include <algorithm>

namespace salesaudit::batch {

namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
// JSON files per job: enough to amortise the hand-over, few enough to keep both cores busy.
constexpr std::size_t kFilesPerJob = 32;
// CSV rows are about a sixth of an NDJSON record's size: smaller chunks keep about as many
// rows per job (and so as much memory) as NDJSON's.
constexpr std::size_t kCsvChunkBytes = std::size_t{256} << 10;
// A CSV record longer than this is not held as a chunk: the rest of the file is read in
// order by one reader (which keeps its own field limits), so memory stays bounded.
constexpr std::size_t kMaxCsvChunkRecord = std::size_t{16} << 20;

// The device and inode `path` names (not following a last link), or unknown.
FileIdentity identity_of(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return {};
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino), true};
}

}  // namespace

ParallelScorer::ParallelScorer(QuestionnaireCache& cache, const BatchOptions& options, unsigned threads, bool details,
                               std::function<void(ScoreRow&)> prepare)
    : cache_(cache), options_(options), details_(details), prepare_(std::move(prepare)) {
  for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

ParallelScorer::~ParallelScorer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

bool ParallelScorer::run(ByteSource& source, const std::string& name, const std::function<bool(ScoreRow&&)>& sink,
                         const std::function<void()>& idle) {
  name_ = name;
  LineChunker chunker(source, kChunkBytes, kMaxLine);
  return run_jobs([&](Job& job) { return chunker.next(job.chunk); }, sink, idle);
}

bool ParallelScorer::run_csv(ByteSource& source, const CsvPosition& start, const CsvAnswers& answers,
                             const std::string& name, const std::function<bool(ScoreRow&&)>& sink,
                             std::optional<CsvPosition>& rest) {
  name_ = name;
  csv_ = &answers;
  CsvChunker chunker(source, start, kCsvChunkBytes, kMaxCsvChunkRecord);
  const bool go_on = run_jobs([&](Job& job) { return chunker.next(job.chunk); }, sink, {});
  csv_ = nullptr;
  rest = chunker.rest();
  return go_on;
}

bool ParallelScorer::run_files(const std::vector<BatchInput>& files, const std::function<bool(ScoreRow&&)>& sink) {
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

bool ParallelScorer::run_jobs(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
                              const std::function<void()>& idle) {
  std::deque<std::unique_ptr<Job>> in_flight;
  try {
    return pump(fill, sink, idle, in_flight);
  } catch (...) {
    drain();  // no worker may still use a job when it is freed
    throw;
  }
}

bool ParallelScorer::pump(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
                          const std::function<void()>& idle, std::deque<std::unique_ptr<Job>>& in_flight) {
  const std::size_t in_flight_max = 2 * workers_.size() + 2;
  FilesRead files_read;
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
    if (!deliver(front, files_read, sink)) {
      drain();
      return false;
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

bool ParallelScorer::deliver(Job& job, FilesRead& files_read, const std::function<bool(ScoreRow&&)>& sink) {
  std::size_t k = 0;
  const auto deliver_until = [&](std::size_t end) {
    for (; k < end; ++k) {
      if (!sink(std::move(job.rows[k]))) return false;
    }
    return true;
  };
  for (std::size_t f = 0; f < job.files.size(); ++f) {
    // A file of a folder whose device and inode an earlier one had: already read.
    const FileRows& rows = job.file_rows[f];
    const std::uint32_t group = job.files[f].identity_group;
    if (group != 0 && rows.identity.known &&
        !files_read.insert({group, rows.identity.device, rows.identity.inode}).second) {
      k = rows.end;
    }
    if (!deliver_until(rows.end)) return false;
  }
  return deliver_until(job.used);
}

void ParallelScorer::drain() {
  std::unique_lock lock(mutex_);
  queue_.clear();
  job_done_.wait(lock, [&] { return busy_ == 0; });
}

void ParallelScorer::work() {
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
        score_files(*job, parser);
      } else if (csv_ != nullptr) {
        score_csv_chunk(*job, record);
      } else {
        for_each_line(job->chunk, [&](std::string_view line, std::size_t number, bool too_long) {
          if (!too_long && blank_line(line)) return;
          read_ndjson_record(line, number, too_long, name_, cache_, parser, record);
          add_row(*job, record);
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

void ParallelScorer::score_files(Job& job, AnswersParser& parser) {
  job.file_rows.clear();
  for (const auto& file : job.files) {
    FileIdentity identity;
    const auto add = [&](BatchRecord&& read) {
      add_row(job, read);
      return true;
    };
    read_records(file, options_, cache_, parser, add, file.identity_group != 0 ? &identity : nullptr);
    // A file not opened as JSON (unreadable, or read by a form tool's reader).
    if (file.identity_group != 0 && !identity.known) identity = identity_of(file.path);
    job.file_rows.push_back({job.used, identity});
  }
}

void ParallelScorer::score_csv_chunk(Job& job, BatchRecord& record) {
  ByteSource source = ByteSource::from_view({job.chunk.data.data(), job.chunk.length});
  CsvReader reader(source, name_, job.chunk.first_line, job.chunk.first_column);
  CsvRecord row;
  while (reader.next(row)) {
    if (row.error.empty() && row.blank()) continue;  // blank lines between rows
    csv_->row_record(row, record);
    add_row(job, record);
  }
}

void ParallelScorer::add_row(Job& job, const BatchRecord& record) {
  if (job.used == job.rows.size()) job.rows.emplace_back();
  score_record_into(record, job.rows[job.used], details_);
  if (prepare_) prepare_(job.rows[job.used]);
  ++job.used;
}

}  // namespace salesaudit::batch
